import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attributeQuotes } from "../../src/quotes/attribute.js";
import { findQuotes } from "../../src/quotes/find.js";

const quotesOf = (body: string[], headline: string | null = null) =>
  attributeQuotes(findQuotes(body), body, headline).map((q) => ({
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
  }));

const texts = (body: string[]) => findQuotes(body).map((s) => s.text);

describe("findQuotes: marks", () => {
  it("finds straight and curly quotes without their marks or the attribution comma", () => {
    const spans = findQuotes([
      '"We will win," he said.',
      "She called it “a farce”.",
      "« Nous gagnerons », a-t-il dit.",
    ]);
    expect(spans.map((s) => [s.text, s.kind])).toEqual([
      ["We will win", "direct"],
      ["a farce", "partial"],
      ["Nous gagnerons", "direct"],
    ]);
  });

  it("reads German „…“ and »…«, and French guillemets with their inner spaces", () => {
    expect(texts(["„Wir schaffen das“, sagte sie.", "Er sprach von einem »Schritt nach vorn«."])).toEqual([
      "Wir schaffen das",
      "Schritt nach vorn",
    ]);
    expect(texts(["Il a jugé ces annonces « très insuffisantes »."])).toEqual(["très insuffisantes"]);
  });

  it("reads British single quotes, with apostrophes inside them", () => {
    expect(texts(["'We're not against the checks,' said Bowden. 'That's all.'"])).toEqual([
      "We're not against the checks",
      "That's all.",
    ]);
  });

  it("takes no apostrophe for a quote", () => {
    const body = [
      "The city's rock 'n' roll museum shows lyrics from the '60s and '90s.",
      "The Kims' collection fills the floor. It's the museum's largest gift, at 7 o'clock, said O'Brien.",
      "Lorry drivers' groups have backed the ports' call, and a 6'5\" cutout greets visitors.",
    ];
    expect(findQuotes(body)).toEqual([]);
  });

  it("does not close a British quote on a plural possessive", () => {
    expect(texts(["'The Kims' train is late,' he said."])).toEqual(["The Kims' train is late"]);
  });

  it("finds a quote inside a quote, and keeps its marks in the outer text", () => {
    const spans = findQuotes([`"My father said, 'Climb, and don't look down,'" Adler said. "So I climbed."`]);
    expect(spans.map((s) => [s.text, s.kind, s.nested])).toEqual([
      ["My father said, 'Climb, and don't look down,'", "direct", false],
      ["Climb, and don't look down", "direct", true],
      ["So I climbed.", "direct", false],
    ]);
  });

  it("drops a stray mark that nothing closes", () => {
    expect(findQuotes(['A stray " mark here.', "And nothing else."])).toEqual([]);
  });

  it("takes titles of works and nicknames for what they are", () => {
    const body = [
      'Marcus "The Hammer" Reyes says his memoir "Rounds I Lost" was hard.',
      'It comes with a documentary, "Last Bell", and the film "Glass Jaw".',
      'Fans call him "the King of Surulere"; he likes Fleetwood Mac\'s "Rumours".',
      'His publisher called it "brutally honest".',
    ];
    expect(texts(body)).toEqual(["brutally honest"]);
  });
});

describe("findQuotes: quotations in pieces", () => {
  it("joins a quotation that runs over paragraphs by the wire convention", () => {
    const spans = findQuotes(['"We came here to talk.', '"And we will talk again," she said.']);
    expect(spans.map((s) => s.text)).toEqual(["We came here to talk. And we will talk again"]);
    expect(spans[0]).toMatchObject({ paragraph: 0, start: 1, endParagraph: 1, end: 23 });
  });

  it("joins a quotation broken by its attribution with ' … ', from the first part's start to the second's end", () => {
    const body = ['"We will win," he said, "and we will do it soon."'];
    const [span] = findQuotes(body);
    expect(span?.text).toBe("We will win … and we will do it soon.");
    expect(body[0]?.slice(span?.start, span?.end)).toBe('We will win," he said, "and we will do it soon.');
  });

  it("keeps two sentences of quotation apart when the attribution ends the first", () => {
    expect(texts(['"We will win," he said. "And soon."'])).toEqual(["We will win", "And soon."]);
  });

  it("points every single-piece quote at its exact words", () => {
    const body = [
      'Putin said troops fought "heroically".',
      '"This was our agreement," he added. "Never forget."',
    ];
    for (const span of findQuotes(body)) {
      expect((body[span.paragraph] as string).slice(span.start, span.end)).toBe(span.text);
    }
  });

  it("holds its offsets inside the body whatever the text", () => {
    const marks = fc.constantFrom(
      '"',
      "'",
      "“",
      "”",
      "‘",
      "’",
      "«",
      "»",
      "„",
      "‚",
      " ",
      ",",
      ".",
      "a",
      "B",
      "s",
    );
    const paragraph = fc.string({ unit: marks, maxLength: 40 });
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 4 }), (body) => {
        for (const span of findQuotes(body)) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual((body[span.endParagraph] ?? "").length);
          expect(span.text.trim()).toBe(span.text);
          expect(span.text).not.toBe("");
        }
        attributeQuotes(findQuotes(body), body, null);
      }),
    );
  });
});

describe("attributeQuotes", () => {
  const body = [
    'Russian President Vladimir Putin on Wednesday thanked Kim, saying troops fought "heroically".',
    '"We are grateful," Putin said.',
    '"This was our agreement," he added.',
    '"We will never forget it."',
    '"We are waiting for you," the Russian leader said.',
    '"It is a good day," said German Chancellor Olaf Scholz.',
    'Scholz told reporters: "We will help."',
    '"No comment," the Kremlin said.',
  ];

  it("resolves names, pronouns, descriptions and the unattributed follow-on quote", () => {
    expect(quotesOf(body)).toEqual([
      { text: "heroically", kind: "partial", speaker: "Vladimir Putin" },
      { text: "We are grateful", kind: "direct", speaker: "Vladimir Putin" },
      { text: "This was our agreement", kind: "direct", speaker: "Vladimir Putin" },
      { text: "We will never forget it.", kind: "direct", speaker: "Vladimir Putin" },
      { text: "We are waiting for you", kind: "direct", speaker: "Vladimir Putin" },
      { text: "It is a good day", kind: "direct", speaker: "Olaf Scholz" },
      { text: "We will help.", kind: "direct", speaker: "Olaf Scholz" },
      { text: "No comment", kind: "direct", speaker: "Kremlin" },
    ]);
  });

  it("keeps the verb, the words used and the title", () => {
    const quotes = attributeQuotes(findQuotes(body), body, null);
    expect(quotes[2]).toMatchObject({
      verb: "added",
      speakerAsWritten: "he",
      speakerTitle: "Russian President",
    });
    expect(quotes[6]).toMatchObject({ verb: "told reporters", speakerAsWritten: "Scholz" });
    expect(quotes[3]).toMatchObject({ verb: null, speakerAsWritten: null, speaker: "Vladimir Putin" });
  });

  it("names the channel: according to, wrote on X, said in a statement", () => {
    const quotes = attributeQuotes(
      findQuotes([
        'Chief executive Jordan Vance wrote on X: "I am sorry."',
        'The risk was "modest", according to lead author Dr. Priya Natarajan of the University of Michigan.',
        'The Defence Ministry said the ship left. "We are watching," the ministry said in a statement.',
      ]),
      [
        'Chief executive Jordan Vance wrote on X: "I am sorry."',
        'The risk was "modest", according to lead author Dr. Priya Natarajan of the University of Michigan.',
        'The Defence Ministry said the ship left. "We are watching," the ministry said in a statement.',
      ],
      null,
    );
    expect(quotes.map((q) => [q.speaker, q.verb])).toEqual([
      ["Jordan Vance", "wrote on X"],
      ["Priya Natarajan", "according to"],
      ["Defence Ministry", "said in a statement"],
    ]);
  });

  it("tells she from he by the name, the role or the pronoun the story uses", () => {
    const story = [
      'Former councillor Grace Tremblay accused Mayor Robert Lang of "broken promises".',
      '"He has had ten years," she said.',
      'Lang defended his record. "Those are buildings," he said.',
    ];
    expect(quotesOf(story).map((q) => q.speaker)).toEqual([
      "Grace Tremblay",
      "Grace Tremblay",
      "Robert Lang",
    ]);
  });

  it("resolves ages, nationalities, roles and appositions", () => {
    const story = [
      "French veteran Julien Moreau beat Swedish fifth seed Tomas Lindqvist on Tuesday.",
      "Moreau, 38, will play again on Friday.",
      '"I am old," the 38-year-old said.',
      '"He reads the game," the Swede said.',
      '"We took this step out of caution," Laura Chen, a spokeswoman for the tournament, said.',
      '"Play resumes at noon," the spokeswoman said.',
    ];
    expect(quotesOf(story).map((q) => q.speaker)).toEqual([
      "Julien Moreau",
      "Tomas Lindqvist",
      "Laura Chen",
      "Laura Chen",
    ]);
  });

  it("lets organisations speak, by name, by description and as 'it'", () => {
    const story = [
      "Japanese carmaker Kaito Motors said it would build a plant in Poland.",
      '"Poland offers the skills we need," the company said in a statement.',
      'A White House official said: "We do not comment."',
      'The carmaker said production would begin in 2028. "Our goal is Europe," it added.',
    ];
    expect(quotesOf(story).map((q) => q.speaker)).toEqual(["Kaito Motors", "White House", "Kaito Motors"]);
  });

  it("gives an unattributed quote to the last speaker, unless someone else comes in between", () => {
    const story = [
      '"We are not going home," said Pieter Claes, a dairy farmer.',
      '"Our costs have doubled."',
      "Union leader Marc Dubois rejected the offer of talks.",
      '"Meetings are what they offer."',
      "The protest moved on to the parliament, where police were waiting for Anna Weber.",
      '"Nobody told us."',
    ];
    expect(quotesOf(story).map((q) => q.speaker)).toEqual([
      "Pieter Claes",
      "Pieter Claes",
      "Marc Dubois",
      null,
    ]);
  });

  it("credits a partial quote to the subject of the verb that judges it, or to an attribution after it", () => {
    const story = [
      "Tomas Lindqvist lost in four sets.",
      'Lindqvist, 24, was broken four times and called his serving "a disaster".',
      'The vote was "a victory for consumers", said Dutch lawmaker Anouk de Vries.',
      'Critics have long mocked the "flight shame" campaigns.',
    ];
    expect(quotesOf(story).map((q) => q.speaker)).toEqual(["Tomas Lindqvist", "Anouk de Vries", null]);
  });

  it("takes a lone surname after the quote for a name, but not a capitalised noun opening a sentence", () => {
    const story = [
      '"We won," said Okonkwo.',
      '"It was close," Brandt added.',
      'Critics called the result "a fluke".',
    ];
    expect(quotesOf(story).map((q) => q.speaker)).toEqual(["Okonkwo", "Brandt", null]);
  });

  it("takes a surname that is also the name of an object's built-in key for a name, not a pronoun", () => {
    expect(quotesOf(['"We are done," Constructor said.']).map((q) => q.speaker)).toEqual(["Constructor"]);
  });

  it("leaves a quote inside a quote without a speaker", () => {
    const story = [`"The other kids called me 'the river girl,'" Miriam Adler said.`];
    expect(quotesOf(story)).toEqual([
      { text: "The other kids called me 'the river girl,'", kind: "direct", speaker: "Miriam Adler" },
      { text: "the river girl", kind: "partial", speaker: null },
    ]);
  });

  it("reads French and German attributions", () => {
    const french = [
      "La ministre de la Santé, Claire Fontaine, a promis jeudi un « plan d'urgence ».",
      "« Il n'y aura pas de fermeture », a-t-elle ajouté.",
    ];
    expect(quotesOf(french).map((q) => q.speaker)).toEqual(["Claire Fontaine", "Claire Fontaine"]);
    const german = [
      "„Wir müssen schneller werden“, sagte Wirtschaftsministerin Katrin Albers.",
      "„Das ist machbar“, sagte sie.",
    ];
    expect(quotesOf(german).map((q) => q.speaker)).toEqual(["Katrin Albers", "Katrin Albers"]);
  });
});
