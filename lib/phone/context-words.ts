/**
 * Words that tell whether digits nearby are a phone number or something else, in the languages
 * Dialwise readers meet. Latin words need word boundaries ("id" must not match "idea");
 * CJK words need none ("订单号123", "電話：02").
 */

function wordPattern(latin: readonly string[], other: readonly string[]): string {
  const latinPart = `(?<![A-Za-z])(?:${latin.join('|')})(?![A-Za-z])`;
  return other.length > 0 ? `${latinPart}|${other.join('|')}` : latinPart;
}

/** Words that announce a phone number: "电话：", "Tel.", "☎", "전화", "Telefon". */
const PHONE_WORDS = wordPattern(
  [
    'tel',
    'tél',
    'telephone',
    'téléphone',
    'teléfono',
    'telefone',
    'telefon',
    'telefono',
    'phone',
    'ph',
    'mobile',
    'mob',
    'cell',
    'call',
    'fax',
    'hotline',
    'whatsapp',
    'sms',
    'contact',
    'dial',
    'tlf',
    'handy',
    'тел',
    'телефон',
  ],
  [
    '电话',
    '電話',
    '手机',
    '手機',
    '座机',
    '座機',
    '传真',
    '傳真',
    '热线',
    '熱線',
    '客服',
    '联系',
    '聯繫',
    '聯絡',
    '联络',
    '致电',
    '致電',
    '拨打',
    '撥打',
    '来电',
    '來電',
    '短信',
    '簡訊',
    // The number is also the owner's messenger ID, so it is a phone number: "微信同号：139…".
    '微信同号',
    '微信同號',
    '同微信',
    '总机',
    '總機',
    '携帯',
    '連絡先',
    '전화',
    '휴대폰',
    '연락처',
    'โทร',
    'هاتف',
    'اتصل',
    '☎',
    '📞',
    '📱',
    '℡',
  ],
);

/** Words that announce an identifier, not a number to call: "订单号", "Order #", "QQ", "ISBN". */
const IDENTIFIER_WORDS = wordPattern(
  [
    'order',
    'orders',
    'tracking',
    'track',
    'shipment',
    'invoice',
    'ref',
    'reference',
    'account',
    'acct',
    'a/c',
    'iban',
    'bic',
    'swift',
    'isbn',
    'issn',
    'doi',
    'sku',
    'serial',
    's/n',
    'sn',
    'id',
    'qq',
    'card',
    'visa',
    'mastercard',
    'passport',
    'ticket',
    'booking',
    'confirmation',
    'model',
    'part',
    'patent',
    'case',
    'pnr',
    'awb',
    'waybill',
    'zip',
    'postcode',
    'postal',
    'pin',
    'otp',
    'vat',
    'p\\.\\s?iva',
    'partita iva',
    'c\\.f\\.',
    'ust-idnr\\.?',
    'steuernummer',
    'siret',
    'siren',
    'abn',
    'gst',
    'nif',
    'cif',
    'cnpj',
    'cpf',
    'imei',
    'uid',
    // Customer, member and order numbers, student and exam numbers, registers and tracking, in the
    // languages of the pages readers meet: "Kundennummer: 4711081520", "No. resi: 0812…".
    'customer number',
    'customer no\\.?',
    'kundennummer',
    'kunden-nr\\.?',
    'numéro client',
    'numéro de client',
    'n° client',
    'número de cliente',
    'n\\.º de cliente',
    'número de socio',
    'pedido',
    'pedido nº',
    'regon',
    'nip',
    'till number',
    'm-pesa till',
    'paybill',
    'resi',
    'nomor resi',
    'nim',
    'mã đơn hàng',
    'mã đơn',
    'roll no\\.?',
    'roll number',
    'student id',
    'matric(?:ulation)? no\\.?',
  ],
  [
    '订单',
    '訂單',
    '单号',
    '單號',
    '运单',
    '運單',
    '快递',
    '快遞',
    '物流',
    '编号',
    '編號',
    '编码',
    '編碼',
    '身份证',
    '身份證',
    '卡号',
    '卡號',
    '账号',
    '帳號',
    '帐号',
    '账户',
    '帳戶',
    '型号',
    '型號',
    '邮编',
    '郵編',
    '郵遞區號',
    '护照',
    '護照',
    '票号',
    '發票',
    '发票',
    '流水号',
    '验证码',
    '驗證碼',
    '注文番号',
    '주문번호',
    '群号',
    '群號',
    '税号',
    '稅號',
    '信用代码',
    '등록번호',
    '사업자',
    '주민번호',
    '学号',
    '學號',
    '准考证',
    '准考證',
    '考号',
    '考號',
    'заказ',
    'номер заказа',
    'лицевой счёт',
    'पीएनआर',
    'रोल नंबर',
    'ऑर्डर',
    'کد پستی',
    'شماره سفارش',
    'หมายเลขคำสั่งซื้อ',
    'คำสั่งซื้อ',
    'เลขพัสดุ',
  ],
);

/**
 * A WeChat ID is often the owner's mobile number ("手机/微信：13800138000", "微信同号"), so a WeChat
 * word only marks an identifier when no phone word stands beside it ("微信号：wx13800").
 */
const WECHAT_WORDS = wordPattern(['wechat', 'weixin', 'wxid'], ['微信']);

// The last keyword in a stretch of text wins: in "订单问题请致电 400-810-8888" the phone word is
// nearer the digits than the order word.
const KEYWORD = new RegExp(`(${PHONE_WORDS})|(${IDENTIFIER_WORDS})|(${WECHAT_WORDS})`, 'giu');

export type KeywordKind = 'phone' | 'identifier';

function keywordIn(before: string): KeywordKind | null {
  let nearest: KeywordKind | 'wechat' | null = null;
  let sawPhoneWord = false;
  KEYWORD.lastIndex = 0;
  for (let match = KEYWORD.exec(before); match !== null; match = KEYWORD.exec(before)) {
    if (match[1] !== undefined) {
      nearest = 'phone';
      sawPhoneWord = true;
    } else {
      nearest = match[2] !== undefined ? 'identifier' : 'wechat';
    }
  }
  if (nearest === 'wechat') return sawPhoneWord ? 'phone' : 'identifier';
  return nearest;
}

// The words ahead of numbers repeat down a page ("Tel: ", "电话：", "Fax "), and the keyword
// pattern is long: each distinct stretch is read once.
const REMEMBERED_STRETCHES = 4096;
const keywordsOfStretches = new Map<string, KeywordKind | null>();

/** What the keywords in `before` (the text just ahead of some digits) say about those digits. */
export function keywordBefore(before: string): KeywordKind | null {
  const known = keywordsOfStretches.get(before);
  if (known !== undefined) return known;
  if (keywordsOfStretches.size >= REMEMBERED_STRETCHES) keywordsOfStretches.clear();
  const kind = keywordIn(before);
  keywordsOfStretches.set(before, kind);
  return kind;
}

/** Forgets the stretches read, so a benchmark can time a reader that has seen nothing. */
export function forgetKeywords(): void {
  keywordsOfStretches.clear();
}
