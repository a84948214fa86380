/**
 * The words that make a short number a code to dial: calling and texting verbs, the emergency
 * services' names, and the phrasing of an SMS service ("text PAC to 65075"), in the languages of
 * the pages readers read. Each check reads a few characters of the text beside the code and nothing
 * else, so it is cheap to ask for every candidate.
 */

// "拨打10086", "致电 12306", "客服热线：95588", "call 911", "dial *611", "Notruf 112", "bel 112", "gọi 113".
const CALLING_WORDS = [
  '拨打',
  '撥打',
  '致电',
  '致電',
  // 打 as "call", not in 打开 (open), 打折 (discount), 打印 (print), 打包, 打扫, 打卡, 打车.
  '打(?![开開折印包扫掃卡车車])',
  '拨',
  '撥',
  '客服',
  '热线',
  '熱線',
  '电话',
  '電話',
  '发短信',
  '發短信',
  '短信',
  '簡訊',
  '回复',
  '回覆',
  '求助',
  '전화',
  '電話番号',
  'ダイヤル',
  '通報',
  '发送到',
  '发送至',
  '發送到',
  '发到',
  '신고',
  'โทร',
  'اتصل',
  'بالرقم',
  '(?<![\\p{L}])(?:call|calling|dial|dialling|dialing|dail|text|sms|hotline|helpline|phone|ring|hubungi|notruf|rufen|anrufen|wählen|wähle|appelez|appeler|composez|llame|llama|llamar|marque|marca|marcar|ligue|ligar|disque|chiamate|chiama|chiamare|bel|bellen|gọi|tumawag|dzwoń|dzwonić|tel|triple zero|καλέστε|τηλεφωνήστε|κλήση)(?![\\p{L}])',
];

const CALLING_WORD_BEFORE = new RegExp(`(?:${CALLING_WORDS.join('|')})[^0-9\\n]{0,12}$`, 'iu');

// "erreichen Sie bundesweit unter 116117", "reach customer care toll-free at 611": a calling word, a
// few words, then the preposition a number follows.
const CALLING_WORD_THEN_PREPOSITION = new RegExp(
  `(?:${CALLING_WORDS.join('|')}|erreichen|reach)[^0-9\\n.!?。！？]{0,28}(?<![\\p{L}])(?:unter|au|at|on|al|sur|pod|op)\\s*$`,
  'iu',
);

// "10086客服", "110报警", "999 emergency", "12306 hotline", "119番", "112'yi arayın", "113 bellen".
const CALLING_WORD_AFTER =
  /^[^0-9\n]{0,4}(?:客服|热线|熱線|报警|報警|急救|求助|短信|电话|電話|番|전화|कॉल|hotline|helpline|emergency|customer service|call|arayın|arayin|bellen)/iu;

/**
 * Emergency services by name, in the languages of the pages readers read: "SAMU", "Polizei",
 * "pompiers", "急救", "경찰". Beside a code they say it is the number to dial.
 */
const EMERGENCY_WORDS =
  '(?<![\\p{L}])(?:emergency|emergencies|numéro européen|numéro d\\W?urgence|numero unico|ambulance|police|fire brigade|fire service|rescue|samu|urgences?|pompiers|sapeurs-pompiers|police secours|gendarmerie|secours|notruf|notrufnummer|rettungsdienst|rettung|polizei|feuerwehr|sanität|notarzt|emergencias?|urgencias|ambulancia|policía(?: nacional)?|guardia civil|bomberos|emergenza|ambulanza|polizia|carabinieri|vigili del fuoco|pompieri|emergência|ambulância|polícia(?: militar)?|bombeiros|darurat|kecemasan|pogotowie(?: ratunkowe)?|policja|straż pożarna|acil(?: durum\\p{L}*)?|экстренн\\p{L}*(?: служб\\p{L}*)?|полици\\p{L}*|скор\\p{L}* помощ\\p{L}*)(?![\\p{L}])|急救|报警|報警|火警|消防|警察|救护|救護|紧急|緊急|救急|응급|긴급|경찰|소방|구급|ฉุกเฉิน';

// The word before the code, in the same clause: "SAMU au 15", "Polizei 117", "急救拨15", "police secours : 17".
const EMERGENCY_WORD_BEFORE = new RegExp(`(?:${EMERGENCY_WORDS})[^0-9\\n.;!?。；！？]{0,12}$`, 'iu');
// The word just after it: "15 (SAMU)", "999 emergency", "119 소방".
const EMERGENCY_WORD_AFTER = new RegExp(`^[^0-9\\n.;!?。；！？]{0,3}(?:${EMERGENCY_WORDS})`, 'iu');

// "text PAC to 65075", "envoyez STOP au 36179", "Sende STOP an 12345", "发送 CXLL 到 10086",
// "transférez-le au 33700", "发送“101”到10086", "I-text ang GOSAKTO 120 sa 8080": a texting verb,
// what is sent (a keyword, a code in quotes, an amount), then "to" right before the code.
const TEXTING_VERBS =
  '(?<![\\p{L}])(?:text|txt|sms|send|reply|forward|envoyez|envoie|envoyer|tapez|répondez|transférez|transférer|sende|senden|schicke|schicken|envía|envíe|enviar|manda|mande|invia|inviare|envie)(?![\\p{L}])|发送|發送|傳送|回复|回覆|发|發';
const SENT_TO = '(?:(?<![\\p{L}])(?:to|au|an|à|al|a|para|naar|sa)|到|至|给|給)';
const TEXTING_PHRASE_BEFORE = new RegExp(
  `(?:${TEXTING_VERBS})(?<sent>[^\\n.!?。！？]{0,30}?)${SENT_TO}\\s*$`,
  'iu',
);
// How every texting phrase ends, asked first of the last characters: most digit runs ("in 2024",
// "from 380") follow no such word. Five characters hold the longest ("para") and the one before it.
const SENT_TO_AT_END = new RegExp(`${SENT_TO}$`, 'iu');
const SENT_TO_CHARS = 5;
const CJK_VERB = /^(?:发送|發送|傳送|回复|回覆|发|發)/;
const QUOTED = /[“"「『'‘][^”"」』'’\n]{1,12}[”"」』'’]/;
// What is sent, written as a keyword: "PAC", "STOP", "CXLL", "HOME", "TD 123" is not.
const KEYWORD = /(?<![A-Za-z])[A-Z][A-Z0-9]{1,11}(?![A-Za-z])/;
const KEYWORD_BEFORE_VERB = 8;

// A road name and its building number: "세종대로 110", "테헤란로 152", "삼일대로8길 12"; at most four characters.
const KOREAN_ROAD_BEFORE = /[가-힣0-9](?:대로|로|길)\s?$/u;
const KOREAN_ROAD_CHARS = 4;

// A count or a price, not a code: "15 minutes", "18 Go", "112 people", "17 €", "15分钟".
const UNIT_AFTER =
  /^\s?(?:%|€|\$|£|°|(?:minutes?|mins?|hours?|heures?|h|jours?|days?|ans|years?|people|persons?|personnes?|places|rooms?|km|kg|go|gb|mo|mb|euros?|dollars?|fois|times|stunden|minuten|tage|jahre|personen|minutos|horas|días|años|personas|minuti|ore|giorni|anni|persone|pessoas|dias|anos)(?![\p{L}])|分|小时|小時|天|年|岁|歲|元|个|個|人|日|時|歳|円|명|개|년|일|시|분)/iu;

// What may follow a code in a sentence about dialling it: "15 ou le 112", "le 15 pour une urgence",
// "15 if you can't speak". Any other word after a two-digit number counts something: "15 patients".
const CONNECTIVE_AFTER =
  /^\s?(?:pour|for|para|per|für|si|if|en|in|ou|or|et|and|o|y|e|und|oder|au|à|from|depuis|desde|dal|von)(?![\p{L}])/iu;
// Words of alphabetic scripts only: in Chinese, Japanese and Korean what follows is a particle or a
// counter ("15番", "15번으로", "15人"), and the counters are in UNIT_AFTER.
const WORD_AFTER = /^\s?[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

const CONTEXT_CHARS = 40;

const before = (text: string, start: number) => text.slice(Math.max(0, start - CONTEXT_CHARS), start);
const after = (text: string, end: number) => text.slice(end, end + CONTEXT_CHARS);

/** Whether a calling or texting word stands beside the code at `start`–`end`: "拨打10086", "112 anrufen". */
export function hasCallingWord(text: string, start: number, end: number): boolean {
  const head = before(text, start);
  return (
    CALLING_WORD_BEFORE.test(head) ||
    CALLING_WORD_THEN_PREPOSITION.test(head) ||
    CALLING_WORD_AFTER.test(after(text, end))
  );
}

/** Whether an emergency service is named beside the code, in the same clause: "SAMU au 15", "15 (SAMU)". */
export function hasEmergencyWord(text: string, start: number, end: number): boolean {
  return EMERGENCY_WORD_BEFORE.test(before(text, start)) || EMERGENCY_WORD_AFTER.test(after(text, end));
}

/**
 * How the text before `start` asks to text the code: 'keyword' when a keyword is sent ("text PAC
 * to"), 'verb' when only the verb says so ("transférez-le au"), null when it does not.
 */
export function textingPhraseBefore(text: string, start: number): 'keyword' | 'verb' | null {
  const head = before(text, start);
  if (!SENT_TO_AT_END.test(head.trimEnd().slice(-SENT_TO_CHARS))) return null;
  const match = TEXTING_PHRASE_BEFORE.exec(head);
  if (match === null) return null;
  const sent = match.groups?.sent ?? '';
  // Digits in what is sent only as a quoted command or beside a keyword ("“101”", "GOSAKTO 120"),
  // not as a count: "Send 10 to 1500 photos".
  if (/[0-9]/.test(sent) && !QUOTED.test(sent) && !KEYWORD.test(sent)) return null;
  // Chinese puts the keyword before the verb: "编辑短信CXHF发送至10010"; other languages do not
  // ("Ship to USA: send to 90210" is a ZIP code).
  const keywordBefore = CJK_VERB.test(match[0])
    ? head.slice(Math.max(0, match.index - KEYWORD_BEFORE_VERB), match.index)
    : '';
  return KEYWORD.test(sent) || KEYWORD.test(keywordBefore) ? 'keyword' : 'verb';
}

/** Whether a unit or a counted thing follows the number ending at `end`: "15 minutes", "112 people". */
export function hasUnitAfter(text: string, end: number): boolean {
  return UNIT_AFTER.test(after(text, end));
}

/** Whether a word other than a connective follows the number ending at `end`: "15 patients", not "15 pour". */
export function hasWordAfter(text: string, end: number): boolean {
  const tail = after(text, end);
  return WORD_AFTER.test(tail) && !CONNECTIVE_AFTER.test(tail);
}

/** Whether the number at `start` is a building number after a Korean road name: "세종대로 110". */
export function followsKoreanRoadName(text: string, start: number): boolean {
  return KOREAN_ROAD_BEFORE.test(text.slice(Math.max(0, start - KOREAN_ROAD_CHARS), start));
}
