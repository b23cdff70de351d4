// A mainland mobile number as a reply writes it: 1[3-9] and nine more digits, whole or in groups (138 1234 5678,
// 138-1234-5678). One pattern for every reader that must know one: hide.ts blanks it before figures are looked for,
// intents.ts tells a reply that gives only a contact. (personal.ts keeps its own, stricter one for masking.)
export const MOBILE_NUMBER = '1[3-9]\\d(?:[ -]?\\d{4}){2}';
