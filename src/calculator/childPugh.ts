// clinical-map: Child-Pugh score.
// Pure scoring from what a patient typed, so the UI can show a problem at each field and
// never a score built from a guess. No user-facing text lives here: the UI translates problems.

export type BilirubinUnit = 'mgPerDl' | 'umolPerL';
export type AlbuminUnit = 'gPerDl' | 'gPerL';
export type Ascites = 'none' | 'mild' | 'moderateToSevere';
export type Encephalopathy = 'none' | 'grade1to2' | 'grade3to4';

export type ChildPughInput = {
  bilirubin: string;
  bilirubinUnit: BilirubinUnit;
  albumin: string;
  albuminUnit: AlbuminUnit;
  inr: string;
  ascites: Ascites | '';
  encephalopathy: Encephalopathy | '';
};

export type ChildPughField = 'bilirubin' | 'albumin' | 'inr' | 'ascites' | 'encephalopathy';

/** The fields in the order the form shows them (and the error summary lists them). */
export const fieldOrder: readonly ChildPughField[] = ['bilirubin', 'albumin', 'inr', 'ascites', 'encephalopathy'];

/** Why a field was rejected; the UI maps each to a translated message. */
export type FieldProblem = 'empty' | 'notANumber' | 'ambiguousSeparator' | 'negative' | 'implausible';

export type ChildPughResult =
  | {
      ok: true;
      points: number;
      childPughClass: 'a' | 'b' | 'c';
      pointsByField: Record<ChildPughField, 1 | 2 | 3>;
    }
  | { ok: false; problems: Partial<Record<ChildPughField, FieldProblem>> };

type Points = 1 | 2 | 3;
type Range = { min: number; max: number };

/**
 * Plausible ranges per unit, exported so the UI can show them in hints.
 * They exist to catch a value entered in the other unit (albumin 35 with g/dL) or a typo,
 * not to judge whether a result is normal. The µmol/L bilirubin range is the mg/dL range
 * times 17.1.
 */
export const plausibleRanges: {
  bilirubin: Record<BilirubinUnit, Range>;
  albumin: Record<AlbuminUnit, Range>;
  inr: Range;
} = {
  bilirubin: { mgPerDl: { min: 0.1, max: 50 }, umolPerL: { min: 1.7, max: 855 } },
  albumin: { gPerDl: { min: 0.5, max: 7 }, gPerL: { min: 5, max: 70 } },
  inr: { min: 0.5, max: 15 },
};

// Cut-offs are kept in each unit as the map prints them: converting and rounding would move
// a value such as 34.2 µmol/L to the wrong side of its boundary.
const bilirubinCutoffs: Record<BilirubinUnit, { twoFrom: number; threeAbove: number }> = {
  mgPerDl: { twoFrom: 2, threeAbove: 3 },
  umolPerL: { twoFrom: 34.2, threeAbove: 51.3 },
};

const albuminCutoffs: Record<AlbuminUnit, { twoFrom: number; oneAbove: number }> = {
  gPerDl: { twoFrom: 2.8, oneAbove: 3.5 },
  gPerL: { twoFrom: 28, oneAbove: 35 },
};

const ascitesPoints: Record<Ascites, Points> = { none: 1, mild: 2, moderateToSevere: 3 };
const encephalopathyPoints: Record<Encephalopathy, Points> = {
  none: 1,
  grade1to2: 2,
  grade3to4: 3,
};

/** The choices of the two fields a person picks from, in points order. */
export const choiceFields = {
  ascites: Object.keys(ascitesPoints) as Ascites[],
  encephalopathy: Object.keys(encephalopathyPoints) as Encephalopathy[],
};

// Digits with at most one decimal separator. A comma is accepted because many patients write
// decimals that way; exponents, signs other than minus, and grouping separators are not,
// so "1e3" or "3.2.1" cannot silently become a different number.
const numberPattern = /^(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
// A comma followed by exactly three digits ("1,234") may be a thousands separator or a decimal
// comma: it is refused rather than guessed.
const groupingOrDecimal = /^\d{1,3},\d{3}$/;
// U+2212 is what some phone keyboards and copied lab reports use for minus.
const minusSigns = ['-', '\u2212'];

type Parsed = { ok: true; value: number } | { ok: false; problem: FieldProblem };

/** Arabic-Indic and Persian digits, and the Arabic decimal separator, as many keyboards type them. */
function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, '.');
}

function parseMeasurement(raw: string, range: Range): Parsed {
  const text = westernDigits(raw.trim());
  if (text === '') return { ok: false, problem: 'empty' };
  const negative = minusSigns.some((sign) => text.startsWith(sign));
  const digits = negative ? text.slice(1).trimStart() : text;
  if (!numberPattern.test(digits)) return { ok: false, problem: 'notANumber' };
  if (groupingOrDecimal.test(digits)) return { ok: false, problem: 'ambiguousSeparator' };
  const magnitude = Number(digits.replace(',', '.'));
  // "-0" is a zero, and a zero is implausible rather than negative.
  if (negative && magnitude > 0) return { ok: false, problem: 'negative' };
  if (magnitude < range.min || magnitude > range.max) return { ok: false, problem: 'implausible' };
  return { ok: true, value: magnitude };
}

function bilirubinPoints(value: number, unit: BilirubinUnit): Points {
  const { twoFrom, threeAbove } = bilirubinCutoffs[unit];
  if (value > threeAbove) return 3;
  if (value >= twoFrom) return 2;
  return 1;
}

function albuminPoints(value: number, unit: AlbuminUnit): Points {
  const { twoFrom, oneAbove } = albuminCutoffs[unit];
  if (value > oneAbove) return 1;
  if (value >= twoFrom) return 2;
  return 3;
}

function inrPoints(value: number): Points {
  if (value > 2.3) return 3;
  if (value >= 1.7) return 2;
  return 1;
}

function classFor(points: number): 'a' | 'b' | 'c' {
  if (points <= 6) return 'a';
  if (points <= 9) return 'b';
  return 'c';
}

export function scoreChildPugh(input: ChildPughInput): ChildPughResult {
  const bilirubin = parseMeasurement(input.bilirubin, plausibleRanges.bilirubin[input.bilirubinUnit]);
  const albumin = parseMeasurement(input.albumin, plausibleRanges.albumin[input.albuminUnit]);
  const inr = parseMeasurement(input.inr, plausibleRanges.inr);
  const { ascites, encephalopathy } = input;

  // Every field is checked before returning so the patient sees all problems at once.
  const problems: Partial<Record<ChildPughField, FieldProblem>> = {};
  if (!bilirubin.ok) problems.bilirubin = bilirubin.problem;
  if (!albumin.ok) problems.albumin = albumin.problem;
  if (!inr.ok) problems.inr = inr.problem;
  if (ascites === '') problems.ascites = 'empty';
  if (encephalopathy === '') problems.encephalopathy = 'empty';

  if (!bilirubin.ok || !albumin.ok || !inr.ok || ascites === '' || encephalopathy === '') {
    return { ok: false, problems };
  }

  const pointsByField: Record<ChildPughField, Points> = {
    bilirubin: bilirubinPoints(bilirubin.value, input.bilirubinUnit),
    albumin: albuminPoints(albumin.value, input.albuminUnit),
    inr: inrPoints(inr.value),
    ascites: ascitesPoints[ascites],
    encephalopathy: encephalopathyPoints[encephalopathy],
  };
  const points =
    pointsByField.bilirubin +
    pointsByField.albumin +
    pointsByField.inr +
    pointsByField.ascites +
    pointsByField.encephalopathy;
  return { ok: true, points, childPughClass: classFor(points), pointsByField };
}
