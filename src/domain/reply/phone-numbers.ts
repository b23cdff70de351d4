// Telephone numbers as a reply writes them. One pattern each for every reader that must know one: hide.ts blanks them
// before figures are looked for, intents.ts tells a reply that gives only a contact, read-clause.ts keeps them inside a
// text value. (personal.ts keeps its own, stricter one for masking.)

/** A mainland mobile number: 1[3-9] and nine more digits, whole or in groups (138 1234 5678, 138-1234-5678). */
export const MOBILE_NUMBER = '1[3-9]\\d(?:[ -]?\\d{4}){2}';

/**
 * A landline: an area code of 0 and two or three digits, then seven or eight digits, with a dash, a space or nothing
 * between (023-77651234, 023 77651234, 02377651234).
 */
export const LANDLINE_NUMBER = '0\\d{2,3}[ -]?\\d{7,8}';
