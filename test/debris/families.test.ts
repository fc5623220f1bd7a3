import { describe, expect, it } from "vitest";
import { DEBRIS_RULES, stripDebris } from "../../src/debris/index.js";
import { storyOf } from "./story-of.js";

const ruleOf = (text: string, before = "The story begins here.") => {
  const { removed } = stripDebris(`${before}\n${text}`);
  return removed.find((r) => r.text === text.trim())?.rule ?? null;
};

describe("debris rule families", () => {
  it.each([
    ["Reporting by Tom Archer; Editing by Sarah Whitfield", "sign-off"],
    ["(Reporting by Mei Ling Tan in Singapore; Editing by Jacqueline Wong)", "sign-off"],
    ["Associated Press writer Dana Fowler in New York contributed to this report.", "sign-off"],
    ["Michael Liedtke, The Associated Press", "sign-off"],
    ["The US Capitol in Washington. (AFP/File)", "photo-caption"],
    ["Reserve Bank governor Michele Bullock. (Lukas Coch/AAP PHOTOS)", "photo-caption"],
    ["FILE PHOTO: A view of the port. REUTERS/Jane Doe/File Photo", "photo-caption"],
    ["Our Standards: The Thomson Reuters Trust Principles.", "standards-note"],
    ["PTI ABC NSD RT", "desk-code"],
    ["dpa ans xx", "desk-code"],
    ["ksk/arm", "desk-initials"],
    ["-- BERNAMA", "agency-signoff"],
    ["==Kyodo", "agency-signoff"],
    ["(ANI)", "agency-signoff"],
    ["— Reuters", "agency-signoff"],
    ["jkim@yna.co.kr", "contact-email"],
    ["(END)", "end-mark"],
    ["___", "end-mark"],
    ["We use cookies to improve your experience on our site.", "cookie-notice"],
    ["Accept all cookies", "cookie-notice"],
    ["Partager", "share-prompt"],
    ["Link", "share-prompt"],
    ["Purchase Licensing Rights", "licensing-link"],
    ["Skip to main content", "navigation"],
    ["#Park Tae-jun #KBO #Samsung Lions #saves record", "topic-tags"],
    ["Keywords", "topic-tags"],
    [
      "Researchers tow radar equipment across the ice sheet in January. Photo courtesy of the University of Bristol",
      "photo-caption",
    ],
    [
      "Thanks for reading; we rely on your support. Every contribution helps us keep publishing.",
      "support-pitch",
    ],
    ["Short Url", "short-url"],
    ["https://example.news/5abc12", "short-url"],
    [
      "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
      "syndication-note",
    ],
    ["Home | News | Europe | France", "navigation"],
    ["Share this article", "share-prompt"],
    ["Follow TASS on Telegram", "share-prompt"],
    ["Subscribe Free To Our Daily Newsletters", "share-prompt"],
    ["Markets: Brent $67.40 ▼0.6% | WTI $63.90 ▼0.6%", "ticker"],
    ["BREAKING: Storm warning issued for southern coast", "ticker"],
    ["Werbung", "advertisement"],
    ["Read more: France braces for another dry summer", "read-more"],
    ["Five killed as protests spreadTue, 29 Jul 2025 20:34:14 GMT Read More »", "read-more"],
    ["The AP is solely responsible for all content.", "syndication-note"],
    ["More stories like this are available on bloomberg.com", "coverage-link"],
    ["(With inputs from PTI)", "agency-credit"],
    ["/ck/he", "desk-initials"],
    ["Get a look at the day ahead in markets with our newsletter. Sign up here.", "share-prompt"],
    ["(Web editor: Zhang Wei, Liu Fang)", "sign-off"],
    ["[Editor: Li Wen]", "sign-off"],
    [
      "This photo, provided by the ministry, shows officials at a briefing. (PHOTO NOT FOR SALE) (Yonhap)",
      "photo-caption",
    ],
    ["Share on Facebook Share on X Share via Email", "share-prompt"],
    ["Facebook Twitter WhatsApp Email", "share-prompt"],
    ["Share on WhatsApp Share on Telegram Copy link", "share-prompt"],
    ["[Photo: AFP]", "image-placeholder"],
    ["[Image]", "image-placeholder"],
    [
      "Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
      "cookie-notice",
    ],
    ["Advertisement - Scroll to continue", "advertisement"],
    ["Video Ad Feedback", "advertisement"],
    ["Loading...", "page-widget"],
    ["3 min read", "page-widget"],
    ["Comments (12)", "page-widget"],
    ["View comments", "page-widget"],
    ["Click here to subscribe", "page-widget"],
    ["Watch: Flood waters rise in Mumbai", "read-more"],
    ["Image source, Getty Images", "photo-caption"],
    ["Image caption, Rescuers search the rubble in Antakya", "photo-caption"],
    ["Getty Images", "photo-caption"],
    ["RIPRODUZIONE RISERVATA © Copyright ANSA", "copyright-notice"],
    ["© 2025 AFP. Tous droits de reproduction et de représentation réservés.", "copyright-notice"],
  ])("strips %s as %s", (text, rule) => {
    expect(ruleOf(text)).toBe(rule);
  });

  it("strips a bracketed sign-off glued to the last sentence, and an AP coverage pointer", () => {
    const { lines, kept, removed } = stripDebris(
      'Tariffs are coming, he said. "It will be big." (Reporting by Andrea Shalal; Editing by Leslie Adler)\nFollow AP\'s coverage of trade at https://example.org/hub/trade',
    );
    expect(lines.map((l) => l.text.trim()).filter(Boolean)).toEqual([
      'Tariffs are coming, he said. "It will be big."',
    ]);
    expect(kept.credits).toEqual(["(Reporting by Andrea Shalal; Editing by Leslie Adler)"]);
    expect(removed.map((r) => r.rule)).toEqual(["sign-off", "coverage-link"]);
  });

  it("strips a newsletter link between two sentences, and a 'Suggested Topics' list after the story", () => {
    const { lines, removed } = stripDebris(
      "BAGHDAD, Nov 3 (Reuters) - Guards fired at a drone, two sources told Reuters. Sign up here. It was not shot down.\nThe field was not damaged.\nSuggested Topics:\nMiddle East\nEnergy",
    );
    expect(lines.map((l) => l.text.trim().replace(/\s+/g, " ")).filter(Boolean)).toEqual([
      "BAGHDAD, Nov 3 (Reuters) - Guards fired at a drone, two sources told Reuters. It was not shot down.",
      "The field was not damaged.",
    ]);
    expect(removed.map((r) => [r.rule, r.text.trim()])).toEqual([
      ["share-prompt", "Sign up here."],
      ["related-links", "Suggested Topics:"],
      ["related-links", "Middle East"],
      ["related-links", "Energy"],
    ]);
  });

  it("keeps sign-offs as credits and captions as captions", () => {
    const { kept } = stripDebris(
      "Story.\nA farmer inspects a canal (AFP/File)\nReporting by Tom Archer; Editing by Sarah Whitfield",
    );
    expect(kept.captions).toEqual(["A farmer inspects a canal (AFP/File)"]);
    expect(kept.credits).toEqual(["Reporting by Tom Archer; Editing by Sarah Whitfield"]);
  });

  it("strips a related-links block and a long navigation list, and nothing after them", () => {
    const { lines, removed } = stripDebris(
      "* Home\n* World\n* Asia\nStory text.\n\nRelated Links\nNASA Goddard\nSpace News at SpaceDaily\n\nLast line of the story.",
    );
    expect(lines.map((l) => l.text).filter(Boolean)).toEqual(["Story text.", "Last line of the story."]);
    expect(removed.map((r) => r.rule)).toEqual([
      "navigation",
      "navigation",
      "navigation",
      "related-links",
      "related-links",
      "related-links",
    ]);
  });

  it.each([
    "Related measures on streaming royalties are expected next month.",
    "Advertisement revenue on local radio has fallen by a third.",
    'One placard read "Pay the artist | Stop the pirate".',
    "Reporting by state media suggested the president would sign.",
    "Share prices of the two labels rose after the vote.",
    "Read more slowly and the plan shows gaps, one analyst said.",
    "Breaking news is hard to verify, the editor said.",
    "- At least 12 people have died since Sunday.",
    "We use our cookies recipe every year, the baker said, and it never fails to sell out by noon.",
    "AFP reporters saw the convoy leave at dawn.",
    "The minister met reporters in Seoul on Thursday, the ministry said. (Yonhap)",
    "Readers can sign up for the lottery at any post office, the ministry said.",
    "Link roads to the port were closed for the day.",
    "The photo, courtesy of the museum, shows the statue before the fire.",
    "Thanks for reading the report so closely, the minister told lawmakers.",
    "We rely on your support, the mayor told voters.",
    "The #MeToo movement reached the ministry in 2018.",
  ])("leaves story text that looks like debris: %s", (text) => {
    expect(ruleOf(text)).toBeNull();
  });

  it("leaves a list of names in the story, and a wrapped line that starts with an agency", () => {
    const story =
      "The new cabinet:\n- Jane Okafor\n- Ali Musa\n- Grace Bello\nAFP was told\nthat the list was final.";
    expect(stripDebris(`Lede.\n${story}`).removed).toEqual([]);
  });

  it("strips an unbulleted section menu, a 'Read Next' block and a 'Sur le même sujet' block", () => {
    const menu = "World\nBusiness\nMarkets\nSustainability\nLegal\nBreakingviews\nHeadline of the story";
    expect(
      stripDebris(menu)
        .lines.map((l) => l.text)
        .filter(Boolean),
    ).toEqual(["Headline of the story"]);
    const upi = "Top News\nU.S. News\nWorld News\nScience News\nHeadline of the story";
    expect(
      stripDebris(upi)
        .lines.map((l) => l.text)
        .filter(Boolean),
    ).toEqual(["Headline of the story"]);
    for (const heading of ["Read Next", "Sur le même sujet"]) {
      const page = `The story ends here.\n\n${heading}\nBusiness\nOil steadies as traders weigh output plan`;
      expect(
        stripDebris(page)
          .lines.map((l) => l.text)
          .filter(Boolean),
      ).toEqual(["The story ends here."]);
    }
  });

  it("leaves a short list of names or places in the story, one to a line", () => {
    const story = "The finalists were:\nMaria Lopez\nJohn Smith\nAnna Berg\nThe vote is on Friday.";
    expect(stripDebris(story).removed).toEqual([]);
    const places = "Flights resume to:\nParis\nLondon\nFrankfurt\nMore routes follow in May.";
    expect(stripDebris(places).removed).toEqual([]);
  });

  it("takes the list under a heading across the blank line between them, and bullets across blank lines", () => {
    const page = [
      "The story begins here.",
      "",
      "RELATED",
      "",
      "* Talks to resume in October",
      "",
      "* EU leaders meet",
      "",
      "Both sides said they would meet again.",
    ].join("\n");
    expect(storyOf(page)).toEqual(["The story begins here.", "Both sides said they would meet again."]);
  });

  it("after a blank line, ends a heading's block at story text, or at another heading", () => {
    expect(storyOf("The story begins here.\n\nRelated stories\n\nBoth sides will meet again.")).toEqual([
      "The story begins here.",
      "Both sides will meet again.",
    ]);
    const { removed, kept } = stripDebris(
      "The story begins here.\nMost Read from Bloomberg\n\nTo contact the reporter on this story:\nOliver Grant in London",
    );
    expect(removed.map((r) => r.rule)).toEqual(["related-links", "contact-block", "contact-block"]);
    expect(kept.credits).toEqual(["To contact the reporter on this story:", "Oliver Grant in London"]);
  });

  it("leaves a line that only names networks among other words", () => {
    expect(
      storyOf("The story begins here.\nShare the news on Facebook and X, the minister said."),
    ).toHaveLength(2);
  });

  it("leaves two bullet items alone: a run needs three", () => {
    expect(ruleOf("* Home", "* World")).toBeNull();
  });

  it("gives every rule an id, and rules with a check keep it cheap", () => {
    const ids = new Set(DEBRIS_RULES.map((rule) => rule.id));
    for (const id of [
      "sign-off",
      "photo-caption",
      "navigation",
      "related-links",
      "share-prompt",
      "cookie-notice",
      "ticker",
    ]) {
      expect(ids).toContain(id);
    }
  });
});
