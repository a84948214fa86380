import { findPhoneNumbersInText, parsePhoneNumberFromString, validatePhoneNumberLength, parsePhoneNumberWithError } from 'libphonenumber-js/max';
const cases: [string, any][] = [
 ['请拨打13800138000咨询','CN'],['電話：(02)2311-4567','TW'],['00852 2880 2688','CN'],['00852 2880 2688','US'],['011 44 20 7925 0918','US'],
 ['tel:+1-212-555-0123','US'],['+1 212 555 0123 ext. 12','US'],['+86 138 0013 8000','US'],['call +81 3-1234-5678 now','US'],['+82 2-123-4567','US'],
 ['+65 6123 4567','US'],['+49 30 123456','US'],['+33 1 42 68 53 00','US'],['+61 2 9374 4000','US'],['2024-05-13','CN'],['13.05.2024','DE'],['192.168.10.100','US'],
 ['4111 1111 1111 1111','US'],['(212) 555-0123','US'],['001 212 555 0123','HK'],['002 1 212 555 0123','TW'], ['電話 02-2311-4567 轉 123','TW'],['(852) 2880 2688','CN'],
 ['+852 9123 4567','CN'],['+886 912 345 678','CN'],['0044 20 7925 0918','DE'],['010-12345678','CN'],['12345678','CN'],['1 212 555 0123','GB']
];
for (const [t, r] of cases) console.log(JSON.stringify(t), r, findPhoneNumbersInText(t, r).map(m => [m.startsAt, m.endsAt, m.number.number, m.number.country, m.number.getType(), m.number.ext]));
const p = parsePhoneNumberFromString('+8613800138000')!;
console.log(p.format('IDD', {fromCountry:'US'}), p.format('IDD',{fromCountry:'HK'}), p.format('IDD',{fromCountry:'CN'}), p.formatInternational(), p.getURI(), p.format('RFC3966'));
console.log(validatePhoneNumberLength('138001', 'CN'), validatePhoneNumberLength('+999 1234567'), validatePhoneNumberLength('+86 1380013800011111'));
for (const s of ['abc','+999 123456','12','+86 1', '1380013800']) { try { parsePhoneNumberWithError(s, 'CN') ; console.log(s,'ok')} catch(e){ console.log(s,(e as Error).message)} }
