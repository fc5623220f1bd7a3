import { squashSpaces } from "../chars.js";

/**
 * Dateline places: where a scraper ran the headline into the dateline ("…troops in Russia Beijing, Sept 3"),
 * a known place tells where the headline stops. Also the canonical spelling of places written in capitals.
 * Data, not code: add a place here (comma-separated, as it is spelled) when a fixture shows one missing.
 */
const CITIES = `Abidjan, Abu Dhabi, Abuja, Accra, Addis Ababa, Adelaide, Aden, Agadez, Ahmedabad, Ajaccio, Aleppo, Algiers,
Alger, Almaty, Amman, Amritsar, Amsterdam, Anchorage, Ankara, Antalya, Antananarivo, Antwerp, Arusha, Ashgabat, Astana,
Asuncion, Asunción, Athens, Atlanta, Auckland, Austin, Baghdad, Baikonur, Baku, Bali, Baltimore, Bamako, Bandung,
Bangalore, Bangkok, Bangui, Banjul, Barcelona, Basel, Basra, Beijing, Beirut, Beira, Belem, Belfast, Belgrade,
Bengaluru, Benghazi, Bergen, Berlin, Bern, Bhopal, Bilbao, Birmingham, Bishkek, Blantyre, Boca Chica, Bogota, Bogotá,
Bologna, Bonn, Bordeaux, Boston, Brasilia, Brasília, Bratislava, Brazzaville, Bremen, Brisbane, Brno, Brussels,
Bruselas, Bruxelles, Brüssel, Bucharest, Budapest, Buenos Aires, Buffalo, Bujumbura, Bukavu, Bulawayo, Busan, Cairo,
Calcutta, Calgary, Cali, Canberra, Cape Canaveral, Cape Town, Caracas, Cardiff, Casablanca, Cebu, Chandigarh,
Changchun, Changsha, Chengdu, Chennai, Chiang Mai, Chicago, Chisinau, Chittagong, Chongqing, Christchurch,
Ciudad de Mexico, Ciudad de México, Cleveland, Colombo, Conakry, Copenhagen, Cork, Da Nang, Dakar, Dalian, Dallas,
Damascus, Dar es Salaam, Darmstadt, Darwin, Davao, Davos, Denpasar, Denver, Detroit, Dhaka, Dili, Djibouti, Dnipro,
Dodoma, Doha, Donetsk, Dongguan, Dresden, Dubai, Dublin, Durban, Dushanbe, Düsseldorf, Edinburgh, Edmonton, Eilat,
El Fasher, Erbil, Faisalabad, Fez, Firenze, Florence, Foshan, Frankfurt, Freetown, Fukuoka, Fuzhou, Gaborone, Gao,
Gaza, Gaza City, Gdansk, Geneva, Genève, Genf, Genoa, Genova, Ginebra, Glasgow, Goma, Gothenburg, Graz, Greenbelt,
Guadalajara, Guangzhou, Guatemala City, Guiyang, Guwahati, Haikou, Haifa, Halifax, Hamburg, Hangzhou, Hannover,
Hanoi, Harare, Harbin, Havana, Hawthorne, Hebron, Hefei, Helsinki, Herat, Hiroshima, Ho Chi Minh City, Hobart, Hohhot,
Homs, Hong Kong, Honolulu, Houston, Hyderabad, Ibadan, Idlib, Incheon, Innsbruck, Isfahan, Islamabad, Istanbul,
Izmir, Jaffna, Jaipur, Jakarta, Jalalabad, Jammu, Jeddah, Jenin, Jerusalem, Jinan, Jiuquan, Johannesburg, Johor Bahru,
Juba, Kabul, Kampala, Kandahar, Kandy, Kano, Kansas City, Kaohsiung, Karachi, Karbala, Karlsruhe, Kathmandu, Kaunas,
Kazan, Kennedy Space Center, Kharkiv, Khartoum, Khan Yunis, Kherson, Kiel, Kiev, Kigali, Kingston, Kinshasa, Kirkuk,
Kisumu, Kobe, Kochi, Kolkata, Kota Kinabalu, Kourou, Krakow, Kuala Lumpur, Kuching, Kunming, Kuwait City, Kyiv, Kyoto,
La Habana, La Paz, Lagos, Lahore, Lanzhou, Larnaca, Las Vegas, Latakia, Lausanne, Leipzig, Lhasa, Libreville,
Lilongwe, Lille, Lima, Limassol, Lisboa, Lisbon, Liverpool, Ljubljana, Lodz, Lome, Lomé, London, Londra, Londres,
Los Angeles, Luanda, Lubumbashi, Lucknow, Lugano, Luhansk, Lusaka, Luxembourg, Lviv, Lyon, Macao, Macau, Madrid,
Mainz, Makassar, Malabo, Male, Malmo, Managua, Manama, Manaus, Manchester, Mandalay, Manila, Maputo, Marib, Marrakesh,
Marseille, Maseru, Mashhad, Mazar-i-Sharif, Mecca, Medan, Medellin, Medellín, Melbourne, Mexico City, Miami, Milan,
Milano, Minneapolis, Minsk, Misrata, Mogadishu, Mombasa, Monaco, Monrovia, Monterrey, Montevideo, Montreal, Mosca,
Moscou, Moscow, Moscú, Moskau, Mosul, Multan, Mumbai, Munich, München, Murmansk, Muscat, Mykolaiv, Nablus, Nagoya, Naha,
Nairobi, Najaf, Nanchang, Nanjing, Nanning, Nantes, Naples, Napoli, Nashville, Nay Pyi Taw, Naypyidaw, N'Djamena,
Ndjamena, New Delhi, New Orleans, New York, Niamey, Nice, Nicosia, Ningbo, Noida, Noordwijk, Nouakchott, Novosibirsk,
Nueva York, Nuremberg, Nürnberg, Odesa, Odessa, Omdurman, Oran, Osaka, Oslo, Ottawa, Ouagadougou, Palermo, Panama City,
Parigi, Paris, Pasadena, Patna, Pattaya, Pechino, Peking, Pekín, Penang, Perth, Peshawar, Philadelphia, Phnom Penh,
Phoenix, Phuket, Pittsburgh, Port Harcourt, Port Moresby, Port Sudan, Port-au-Prince, Portland, Porto, Porto Alegre,
Potsdam, Prague, Pretoria, Pristina, Pune, Putrajaya, Pyongyang, Pékin, Qingdao, Quebec City, Quetta, Quito, Rabat,
Rafah, Ramallah, Rangoon, Rawalpindi, Recife, Rennes, Reykjavik, Riga, Rio de Janeiro, Riyadh, Rom, Roma, Rome,
Rotterdam, Sacramento, Saint Petersburg, Salt Lake City, Salvador, Salzburg, San Antonio, San Diego, San Francisco,
San Jose, San José, San Salvador, Sanaa, Santiago, Santo Domingo, Sanya, Sao Paulo, São Paulo, Sapporo, Sarajevo,
Seattle, Sendai, Seoul, Sevilla, Seville, Sfax, Shanghai, Shenyang, Shenzhen, Shijiazhuang, Shiraz, Singapore, Skopje,
Sochi, Sofia, Srinagar, Sriharikota, St. Louis, St. Petersburg, Stockholm, Strasbourg, Stuttgart, Surabaya, Suva,
Suzhou, Sydney, Sylhet, Tabriz, Taichung, Taipei, Taiyuan, Taez, Tallinn, Tamanrasset, Tampere, Tanegashima, Tangier,
Tartu, Tashkent, Tbilisi, Tegucigalpa, Tehran, Tel Aviv, The Hague, Thessaloniki, Thiruvananthapuram, Tianjin,
Timbuktu, Tirana, Tokyo, Torino, Toronto, Toulouse, Tripoli, Tunis, Turin, Ulaanbaatar, Ulan Bator, United Nations,
Urumqi, Valencia, Valletta, Vancouver, Vandenberg, Vatican City, Venezia, Venice, Vienna, Vientiane, Vilnius,
Vladivostok, Warsaw, Warschau, Washington, Washington DC, Washington D.C., Wellington, Wenchang, Wien, Wiesbaden,
Windhoek, Winnipeg, Wroclaw, Wuhan, Xi'an, Xiamen, Xichang, Xining, Yangon, Yaounde, Yaoundé, Yekaterinburg, Yerevan,
Yinchuan, Yogyakarta, Yokohama, Zagreb, Zamboanga, Zanzibar, Zaporizhzhia, Zhengzhou, Zhuhai, Zurich, Zürich`;

const COUNTRIES = `Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bahrain,
Bangladesh, Belarus, Belgium, Bolivia, Bosnia, Brazil, Bulgaria, Burkina Faso, Cambodia, Cameroon, Canada, Chad, Chile,
China, Colombia, Costa Rica, Croatia, Cuba, Cyprus, Czech Republic, Denmark, Ecuador, Egypt, El Salvador, Estonia,
Ethiopia, Finland, France, Georgia, Germany, Ghana, Greece, Guatemala, Haiti, Honduras, Hungary, Iceland, India,
Indonesia, Iran, Iraq, Ireland, Israel, Italy, Ivory Coast, Japan, Jordan, Kazakhstan, Kenya, Kosovo, Kuwait,
Kyrgyzstan, Laos, Latvia, Lebanon, Libya, Lithuania, Malaysia, Mali, Mexico, Moldova, Mongolia, Morocco, Mozambique,
Myanmar, Nepal, Netherlands, New Zealand, Nicaragua, Niger, Nigeria, North Korea, Norway, Oman, Pakistan,
Palestinian Territories, Panama, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda,
Saudi Arabia, Senegal, Serbia, Slovakia, Slovenia, Somalia, South Africa, South Korea, South Sudan, Spain, Sri Lanka,
Sudan, Sweden, Switzerland, Syria, Taiwan, Tajikistan, Tanzania, Thailand, Tunisia, Turkey, Turkiye, Türkiye, Uganda,
Ukraine, United Arab Emirates, United Kingdom, United States, Uruguay, Uzbekistan, Venezuela, Vietnam, Yemen, Zambia,
Zimbabwe, California, Texas, Florida, Virginia, Maryland, Colorado, Arizona, Ohio, Queensland, Ontario, Quebec,
Bavaria, Scotland, England, Wales`;

const PLACES = new Map<string, string>();
// One squash of each list rather than one of each name: the gazetteer is built at load, on every start.
for (const list of [CITIES, COUNTRIES]) {
  for (const piece of squashSpaces(list).split(",")) {
    const name = piece.trim();
    if (name !== "") PLACES.set(name.toLowerCase(), name);
  }
}

/** The most words a known place has: "Salt Lake City". */
export const LONGEST_PLACE_WORDS = mostWords(PLACES.values());

function mostWords(names: Iterable<string>): number {
  let most = 0;
  for (const name of names) most = Math.max(most, wordCount(name));
  return most;
}

function wordCount(name: string): number {
  let words = 1;
  for (let i = name.indexOf(" "); i !== -1; i = name.indexOf(" ", i + 1)) words++;
  return words;
}

/** The first three characters of every known place, in small letters, as one number each (see startKey). */
const PLACE_STARTS = new Set([...PLACES.keys()].filter((key) => key.length >= 3).map((key) => startKey(key)));

/** Three UTF-16 units as one number, so that a look-up needs no string built from them. */
function startKey(text: string): number {
  return (text.charCodeAt(0) * 0x10000 + text.charCodeAt(1)) * 0x10000 + text.charCodeAt(2);
}

/** The canonical spelling of a known place, matched without regard to case; undefined when unknown. */
export function knownPlace(name: string): string | undefined {
  if (!mayStartPlace(name)) return undefined;
  return PLACES.get(squashSpaces(name.toLowerCase()).trim());
}

/**
 * Could the name be a known place's? Not when it opens with three ASCII characters, no white space among
 * them, that no place opens with: in small letters they stay its first three, whatever follows. Most words
 * a headline ends in are asked about, and so are spared the case folding.
 */
function mayStartPlace(name: string): boolean {
  if (name.length < 3) return true;
  let start = 0;
  for (let k = 0; k < 3; k++) {
    const code = name.charCodeAt(k);
    if (code <= 0x20 || code >= 0x7f) return true;
    start = start * 0x10000 + (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
  }
  return PLACE_STARTS.has(start);
}

const KEEP_UPPER = new Set(["DC", "D.C.", "US", "U.S.", "UK", "UN", "UAE", "EU", "NYC"]);
/** Small words inside a place's name, written in lower case: "Rio de Janeiro", "Isle of Wight". */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set([
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
  // "IN", "NY", "UK": a state or country code after the place stays in capitals ("Upland, IN").
  if (place !== place.toUpperCase() || /^[A-Z]{2}$/.test(place)) return place;
  return place
    .split(/(\s+|-)/)
    .map((word, i) => {
      if (/^\s+$|^-$/.test(word) || word === "") return word;
      // Initials stay in capitals: "RALEIGH, N.C." is "Raleigh, N.C.", "WASHINGTON, D.C." is "Washington, D.C.".
      if (KEEP_UPPER.has(word) || /^(?:[A-Z]\.){1,3}$/.test(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && PLACE_PARTICLES.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join("");
}
