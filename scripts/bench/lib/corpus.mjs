// A corpus of scraped dispatches for the benchmarks: varied agency styles and scraper debris, about 3 KB each,
// the same for a given seed on every machine. Every sentence here was written for this project.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A small seeded generator (mulberry32): the same corpus on every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  ["Foreign Minister", "Amara Okafor", "Okafor"],
  ["President", "Lucia Fernandez", "Fernandez"],
  ["Prime Minister", "Henrik Dahl", "Dahl"],
  ["Health Minister", "Priya Raman", "Raman"],
  ["central bank governor", "Tomasz Wojcik", "Wojcik"],
  ["UN envoy", "Samuel Mensah", "Mensah"],
  ["Interior Minister", "Keiko Arai", "Arai"],
  ["opposition leader", "Rafael Ortega", "Ortega"],
];

const PLACES = [
  ["GENEVA", "Geneva"],
  ["NAIROBI", "Nairobi"],
  ["LIMA", "Lima"],
  ["OSLO", "Oslo"],
  ["HANOI", "Hanoi"],
  ["BERLIN", "Berlin"],
  ["TOKYO", "Tokyo"],
  ["NEW DELHI", "New Delhi"],
  ["CAIRO", "Cairo"],
  ["WARSAW", "Warsaw"],
];

const MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];

const TOPICS = [
  "the water-sharing agreement",
  "the new budget",
  "the vaccination drive",
  "the border talks",
  "the fuel price rise",
  "the election timetable",
  "the flood relief plan",
  "the port expansion",
];

const FACTS = [
  "Officials said the talks had run late into the night and would resume after a short break.",
  "The measure still needs the approval of parliament, where the governing coalition holds a slim majority.",
  "Trade unions have called a general strike for next week if the plan goes ahead unchanged.",
  "Inflation eased to 4.2 percent last month, its lowest level in almost three years, official data showed.",
  "Several hundred people gathered outside the ministry on Tuesday, some carrying banners and flags.",
  "The World Bank estimates that the project will cost about 1.8 billion dollars over five years.",
  "Rescue teams were still searching for at least a dozen people reported missing after the storm.",
  "Neighbouring countries have watched the negotiations closely, fearing a knock-on effect on prices.",
  "The agreement would be the first of its kind in the region since the end of the civil war in 2002.",
  "Diplomats said a draft text had been circulated among delegations but that gaps remained.",
  "Analysts expect the central bank to hold interest rates steady at its meeting later this month.",
  "Local media reported that the convoy had been stopped twice at checkpoints along the main road.",
  "The ministry said it would publish a full breakdown of the figures before the end of the year.",
  "Earlier this year, a similar proposal collapsed after two parties withdrew their support at the last minute.",
  "Farmers in the north say they have lost much of the harvest to drought for a second year running.",
  "The government has denied that the timing of the announcement was linked to the coming vote.",
];

const QUOTES = [
  "We are closer to an agreement than we have ever been",
  "This is not the end of the process, it is the beginning",
  "Nobody should be left without clean water because of a line on a map",
  "We will not accept a deal that leaves our farmers worse off",
  "The figures speak for themselves and the trend is clear",
  "Our priority is to bring people home safely",
  "There is still a lot of work to do before anything is signed",
  "We have listened to the concerns and we have changed the plan",
];

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

function body(rnd, target) {
  const [title, name, short] = pick(rnd, PEOPLE);
  const topic = pick(rnd, TOPICS);
  const out = [
    `${title} ${name} on ${pick(rnd, ["Monday", "Tuesday", "Wednesday", "Thursday"])} defended ${topic}, saying it would "protect the most vulnerable" as critics warned of rising costs.`,
  ];
  let length = out[0].length;
  for (let k = 0; length < target; k++) {
    let sentence;
    if (k % 3 === 1) {
      const quote = pick(rnd, QUOTES);
      sentence =
        rnd() < 0.5
          ? `"${quote}," ${short} told reporters.`
          : `"${quote}," said ${short}, who took office last year.`;
    } else sentence = pick(rnd, FACTS);
    out.push(sentence);
    length += sentence.length + 2;
  }
  return out;
}

/** One scraped dispatch of about `size` bytes, in one of several agency and scraper styles. */
export function dispatch(n, size = 3000) {
  const rnd = random(n * 7919 + 17);
  const [upper, place] = pick(rnd, PLACES);
  const month = pick(rnd, MONTHS);
  const day = 1 + Math.floor(rnd() * 28);
  const headline = `${pick(rnd, ["Talks resume on", "Row deepens over", "Protests grow over", "Deal reached on"])} ${pick(rnd, TOPICS).replace(/^the /, "")}`;
  const paras = body(rnd, size - 400);
  switch (n % 6) {
    case 0: // republished AFP story: image placeholders, everything on one line, a table pipe, the notice
      return `![]() |\n![]() |\n${headline} ${place}, ${month} ${day} (AFP) Sep 03, 2025 ${paras.join(" ")} |\nAll rights reserved. Copyright Agence France-Presse.\n`;
    case 1: // Reuters: byline line, blank-line paragraphs, credits
      return `${headline}\nBy Jane Whitfield\n\n${upper}, ${month} ${day} (Reuters) - ${paras.join("\n\n")}\n\nReporting by Jane Whitfield; Editing by Tom Carver\n\nOur Standards: The Thomson Reuters Trust Principles.\n`;
    case 2: // AP: em dash, copyright notice, HTML entities left by the scraper
      return `${headline}\n\n${upper} (AP) &mdash; ${paras.join("\n\n").replaceAll('"', "&quot;")}\n\nCopyright 2025 The Associated Press. All rights reserved.\n`;
    case 3: // Xinhua: double dash, end mark
      return `${headline}\n\n${upper}, ${month}. ${day} (Xinhua) -- ${paras.join("\n")} Enditem\n`;
    case 4: // dpa with page furniture, Windows line ends
      return `Advertisement\r\n${headline}\r\n\r\n${place} (dpa) - ${paras.join("\r\n\r\n")}\r\n\r\nRead more: ${pick(rnd, TOPICS)} explained\r\n`;
    default: // UPI with a related-links block
      return `${headline}\n\n${upper}, ${month}. ${day} (UPI) -- ${paras.join("\n\n")}\n\nRelated\n- ${pick(rnd, TOPICS)}\n- ${pick(rnd, TOPICS)}\n`;
  }
}

/** Writes `count` dispatches below `root`, 1,000 to a folder, and returns their total size in bytes. */
export function writeCorpus(root, count) {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(root, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const text = dispatch(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `${String(i).padStart(7, "0")}.txt`), text);
  }
  return bytes;
}
