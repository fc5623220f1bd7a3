/**
 * Dateline places: where a scraper ran the headline into the dateline ("…troops in Russia Beijing, Sept 3"),
 * a known place tells where the headline stops. Also the canonical spelling of places written in capitals.
 * Data, not code: add a city here when a fixture shows one missing.
 */
const CITIES = `Abidjan Abu Dhabi Abuja Accra Addis Ababa Adelaide Algiers Almaty Amman Amsterdam Ankara Antananarivo
Athens Atlanta Auckland Baghdad Baku Bali Bamako Bangalore Bangkok Bangui Banjul Barcelona Basra Beijing Beirut
Belgrade Bengaluru Benghazi Berlin Bern Bishkek Bogota Bogotá Bonn Boston Brasilia Brasília Bratislava Brazzaville
Brisbane Brussels Bucharest Budapest Buenos Aires Bujumbura Busan Cairo Calcutta Canberra Cape Town Cape Canaveral
Caracas Casablanca Chennai Chicago Chisinau Colombo Conakry Copenhagen Dakar Dallas Damascus Dar es Salaam Davos
Denver Detroit Dhaka Dili Djibouti Doha Dubai Dublin Dushanbe Edinburgh Frankfurt Freetown Gaborone Gaza City Geneva
Guangzhou Guatemala City Hamburg Hanoi Harare Havana Helsinki Hiroshima Ho Chi Minh City Hong Kong Honolulu Houston
Islamabad Istanbul Jakarta Jeddah Jerusalem Johannesburg Juba Kabul Kampala Karachi Kathmandu Khartoum Kharkiv
Kherson Kigali Kingston Kinshasa Kolkata Kuala Lumpur Kuwait City Kyiv Kiev Lagos Lahore La Paz Libreville Lilongwe
Lima Lisbon Ljubljana Lome Lomé London Los Angeles Luanda Lusaka Luxembourg Lviv Lyon Madrid Malabo Male Managua Manama
Manila Maputo Marseille Maseru Mecca Melbourne Mexico City Miami Milan Minsk Mogadishu Monrovia Montevideo Montreal
Moscow Mumbai Munich Muscat Nairobi Naples Nay Pyi Taw Naypyidaw N'Djamena Ndjamena New Delhi New York Niamey Nicosia
Nouakchott Odesa Odessa Osaka Oslo Ottawa Ouagadougou Panama City Paris Perth Phnom Penh Port-au-Prince Port Moresby
Prague Pretoria Pristina Pyongyang Quito Rabat Ramallah Rangoon Reykjavik Riga Rio de Janeiro Riyadh Rome San Francisco
San Jose San José San Salvador Sanaa Santiago Santo Domingo Sao Paulo São Paulo Sarajevo Seattle Seoul Shanghai
Shenzhen Singapore Skopje Sofia Stockholm Strasbourg Suva Sydney Taipei Tallinn Tashkent Tbilisi Tegucigalpa Tehran
Tel Aviv Tirana Tokyo Toronto Tripoli Tunis Ulaanbaatar Ulan Bator Valletta Vancouver Vatican City Vienna Vientiane
Vilnius Warsaw Washington Washington DC Wellington Windhoek Wuhan Yangon Yaounde Yaoundé Yerevan Zagreb Zurich
United Nations Brussels Strasbourg The Hague Kennedy Space Center Pasadena Baikonur Kourou Tanegashima Jiuquan
Wenchang Xichang Bengaluru Sriharikota Hawthorne Boca Chica Vandenberg Greenbelt Darmstadt Toulouse Noordwijk`;

const COUNTRIES = `Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus
Belgium Bolivia Bosnia Brazil Bulgaria Burkina Faso Cambodia Cameroon Canada Chad Chile China Colombia Costa Rica
Croatia Cuba Cyprus Czech Republic Denmark Ecuador Egypt El Salvador Estonia Ethiopia Finland France Georgia Germany
Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Ivory Coast Japan
Jordan Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Malaysia Mali Mexico Moldova
Mongolia Morocco Mozambique Myanmar Nepal Netherlands New Zealand Nicaragua Niger Nigeria North Korea Norway Oman
Pakistan Palestinian Territories Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda
Saudi Arabia Senegal Serbia Singapore Slovakia Slovenia Somalia South Africa South Korea South Sudan Spain Sri Lanka
Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkiye Uganda Ukraine
United Arab Emirates United Kingdom United States Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia Zimbabwe
California Texas Florida New York Virginia Maryland Colorado Arizona Ohio Queensland Ontario Quebec Bavaria Scotland
England Wales India`;

/** Multi-word names written with spaces; split on the list's own line structure and known multi-word names. */
function parseList(list: string): string[] {
  const words = list.split(/\s+/).filter(Boolean);
  // Greedy join of known multi-word names: kept explicit so the lists above stay readable as prose.
  const multi = MULTI_WORD.map((name) => ({ name, parts: name.split(" ") }));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let taken = false;
    for (const { name, parts } of multi) {
      if (parts[0] === words[i] && parts.every((part, k) => words[i + k] === part)) {
        out.push(name);
        i += parts.length - 1;
        taken = true;
        break;
      }
    }
    if (!taken) out.push(words[i] ?? "");
  }
  return out;
}

const MULTI_WORD = [
  "Ho Chi Minh City",
  "Kennedy Space Center",
  "Rio de Janeiro",
  "Dar es Salaam",
  "Nay Pyi Taw",
  "Washington DC",
  "Abu Dhabi",
  "Addis Ababa",
  "Buenos Aires",
  "Cape Town",
  "Cape Canaveral",
  "Gaza City",
  "Guatemala City",
  "Hong Kong",
  "Kuala Lumpur",
  "Kuwait City",
  "La Paz",
  "Los Angeles",
  "Mexico City",
  "New Delhi",
  "New York",
  "Panama City",
  "Phnom Penh",
  "Port Moresby",
  "Rio de Janeiro",
  "San Francisco",
  "San Jose",
  "San José",
  "San Salvador",
  "Santo Domingo",
  "Sao Paulo",
  "São Paulo",
  "Tel Aviv",
  "Ulan Bator",
  "Vatican City",
  "United Nations",
  "The Hague",
  "Boca Chica",
  "Burkina Faso",
  "Costa Rica",
  "Czech Republic",
  "El Salvador",
  "Ivory Coast",
  "New Zealand",
  "North Korea",
  "Palestinian Territories",
  "Saudi Arabia",
  "South Africa",
  "South Korea",
  "South Sudan",
  "Sri Lanka",
  "United Arab Emirates",
  "United Kingdom",
  "United States",
].sort((a, b) => b.split(" ").length - a.split(" ").length);

const PLACES = new Map<string, string>();
for (const name of [...parseList(CITIES), ...parseList(COUNTRIES)]) PLACES.set(name.toLowerCase(), name);

export const LONGEST_PLACE_WORDS = Math.max(...[...PLACES.values()].map((name) => name.split(" ").length));

/** The canonical spelling of a known place, matched without regard to case; undefined when unknown. */
export function knownPlace(name: string): string | undefined {
  return PLACES.get(name.toLowerCase().replace(/\s+/g, " ").trim());
}

const KEEP_UPPER = new Set(["DC", "D.C.", "US", "U.S.", "UK", "UN", "UAE", "EU", "NYC"]);
const KEEP_LOWER = new Set([
  "de",
  "da",
  "do",
  "del",
  "la",
  "le",
  "es",
  "of",
  "the",
  "al",
  "el",
  "am",
  "an",
  "sur",
]);

/** "WASHINGTON" -> "Washington", "RIO DE JANEIRO" -> "Rio de Janeiro"; other spellings are left as written. */
export function placeCase(place: string): string {
  const known = knownPlace(place);
  if (known) return known;
  if (place !== place.toUpperCase()) return place;
  return place
    .split(/(\s+|-)/)
    .map((word, i) => {
      if (/^\s+$|^-$/.test(word) || word === "") return word;
      if (KEEP_UPPER.has(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && KEEP_LOWER.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join("");
}
