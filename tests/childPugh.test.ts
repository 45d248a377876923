import { describe, it, expect } from 'vitest';
import {
  choiceFields,
  fieldOrder,
  plausibleRanges,
  scoreChildPugh,
  type AlbuminUnit,
  type Ascites,
  type BilirubinUnit,
  type ChildPughField,
  type ChildPughInput,
  type Encephalopathy,
  type FieldProblem,
} from '../src/calculator/childPugh';

// Every field scores 1 point, so a test can change one field and read its points alone.
const onePointEach: ChildPughInput = {
  bilirubin: '1',
  bilirubinUnit: 'mgPerDl',
  albumin: '4',
  albuminUnit: 'gPerDl',
  inr: '1.1',
  ascites: 'none',
  encephalopathy: 'none',
};

function score(changes: Partial<ChildPughInput>) {
  return scoreChildPugh({ ...onePointEach, ...changes });
}

function pointsFor(field: ChildPughField, changes: Partial<ChildPughInput>) {
  const result = score(changes);
  if (!result.ok) throw new Error(`expected a score, got ${JSON.stringify(result.problems)}`);
  return result.pointsByField[field];
}

function problemsFor(changes: Partial<ChildPughInput>) {
  const result = score(changes);
  if (result.ok) throw new Error(`expected problems, got ${result.points} points`);
  return result.problems;
}

describe('bilirubin points', () => {
  it.each<[string, 1 | 2 | 3, string, BilirubinUnit]>([
    ['1.99 mg/dL', 1, '1.99', 'mgPerDl'],
    ['2 mg/dL', 2, '2', 'mgPerDl'],
    ['3 mg/dL', 2, '3', 'mgPerDl'],
    ['3.01 mg/dL', 3, '3.01', 'mgPerDl'],
    ['34.1 µmol/L', 1, '34.1', 'umolPerL'],
    ['34.2 µmol/L', 2, '34.2', 'umolPerL'],
    ['51.3 µmol/L', 2, '51.3', 'umolPerL'],
    ['51.4 µmol/L', 3, '51.4', 'umolPerL'],
  ])('bilirubin %s scores %i point(s)', (_label, points, bilirubin, bilirubinUnit) => {
    expect(pointsFor('bilirubin', { bilirubin, bilirubinUnit })).toBe(points);
  });
});

describe('albumin points', () => {
  it.each<[string, 1 | 2 | 3, string, AlbuminUnit]>([
    ['3.51 g/dL', 1, '3.51', 'gPerDl'],
    ['3.5 g/dL', 2, '3.5', 'gPerDl'],
    ['2.8 g/dL', 2, '2.8', 'gPerDl'],
    ['2.79 g/dL', 3, '2.79', 'gPerDl'],
    ['35.1 g/L', 1, '35.1', 'gPerL'],
    ['35 g/L', 2, '35', 'gPerL'],
    ['28 g/L', 2, '28', 'gPerL'],
    ['27.9 g/L', 3, '27.9', 'gPerL'],
  ])('albumin %s scores %i point(s)', (_label, points, albumin, albuminUnit) => {
    expect(pointsFor('albumin', { albumin, albuminUnit })).toBe(points);
  });
});

describe('INR points', () => {
  it.each<[string, 1 | 2 | 3]>([
    ['1.69', 1],
    ['1.7', 2],
    ['2.3', 2],
    ['2.31', 3],
  ])('INR %s scores %i point(s)', (inr, points) => {
    expect(pointsFor('inr', { inr })).toBe(points);
  });
});

describe('ascites and encephalopathy points', () => {
  it.each<[string, 1 | 2 | 3, Ascites]>([
    ['no ascites', 1, 'none'],
    ['mild ascites', 2, 'mild'],
    ['moderate to severe ascites', 3, 'moderateToSevere'],
  ])('%s scores %i point(s)', (_label, points, ascites) => {
    expect(pointsFor('ascites', { ascites })).toBe(points);
  });

  it.each<[string, 1 | 2 | 3, Encephalopathy]>([
    ['no encephalopathy', 1, 'none'],
    ['grade 1-2 encephalopathy', 2, 'grade1to2'],
    ['grade 3-4 encephalopathy', 3, 'grade3to4'],
  ])('%s scores %i point(s)', (_label, points, encephalopathy) => {
    expect(pointsFor('encephalopathy', { encephalopathy })).toBe(points);
  });
});

describe('Child-Pugh class', () => {
  it.each<[string, number, 'a' | 'b' | 'c', Partial<ChildPughInput>]>([
    ['every result in the best range', 5, 'a', {}],
    ['only mild ascites', 6, 'a', { ascites: 'mild' }],
    ['bilirubin 2.5 mg/dL and albumin 3 g/dL', 7, 'b', { bilirubin: '2.5', albumin: '3' }],
    [
      'bilirubin 2.5 mg/dL, albumin 3 g/dL, INR 2 and mild ascites',
      9,
      'b',
      { bilirubin: '2.5', albumin: '3', inr: '2', ascites: 'mild' },
    ],
    [
      'every result in the middle range',
      10,
      'c',
      { bilirubin: '2.5', albumin: '3', inr: '2', ascites: 'mild', encephalopathy: 'grade1to2' },
    ],
    [
      'every result in the worst range, in µmol/L and g/L',
      15,
      'c',
      {
        bilirubin: '60',
        bilirubinUnit: 'umolPerL',
        albumin: '20',
        albuminUnit: 'gPerL',
        inr: '3',
        ascites: 'moderateToSevere',
        encephalopathy: 'grade3to4',
      },
    ],
  ])('%s scores %i points, class %s', (_label, points, childPughClass, changes) => {
    const result = score(changes);
    expect(result).toMatchObject({ ok: true, points, childPughClass });
  });
});

describe('decimal comma', () => {
  it.each<[string, Partial<ChildPughInput>, ChildPughField, 1 | 2 | 3]>([
    ['bilirubin "3,01" mg/dL', { bilirubin: '3,01' }, 'bilirubin', 3],
    ['bilirubin "34,2" µmol/L', { bilirubin: '34,2', bilirubinUnit: 'umolPerL' }, 'bilirubin', 2],
    ['bilirubin "1,23" mg/dL (two digits after the comma)', { bilirubin: '1,23' }, 'bilirubin', 1],
    ['albumin "3,2" g/dL', { albumin: '3,2' }, 'albumin', 2],
    ['INR "2,31"', { inr: '2,31' }, 'inr', 3],
    ['INR " 1,7 " with spaces around it', { inr: ' 1,7 ' }, 'inr', 2],
  ])('%s is read like a decimal point', (_label, changes, field, points) => {
    expect(pointsFor(field, changes)).toBe(points);
  });
});

describe('problems with a single field', () => {
  it.each<[string, Partial<ChildPughInput>, ChildPughField, FieldProblem]>([
    ['empty bilirubin', { bilirubin: '' }, 'bilirubin', 'empty'],
    ['bilirubin of only spaces', { bilirubin: '   ' }, 'bilirubin', 'empty'],
    ['bilirubin written as words', { bilirubin: 'abc' }, 'bilirubin', 'notANumber'],
    ['bilirubin with two decimal points', { bilirubin: '3.2.1' }, 'bilirubin', 'notANumber'],
    ['bilirubin in exponent notation', { bilirubin: '1e3' }, 'bilirubin', 'notANumber'],
    ['bilirubin "1,234" (a thousands separator or a decimal comma?)', { bilirubin: '1,234' }, 'bilirubin', 'ambiguousSeparator'],
    ['bilirubin "12,345" with a grouping comma', { bilirubin: '12,345', bilirubinUnit: 'umolPerL' }, 'bilirubin', 'ambiguousSeparator'],
    ['INR "1,125"', { inr: '1,125' }, 'inr', 'ambiguousSeparator'],
    ['negative bilirubin', { bilirubin: '-1' }, 'bilirubin', 'negative'],
    ['bilirubin of zero', { bilirubin: '0' }, 'bilirubin', 'implausible'],
    ['bilirubin 60 in mg/dL', { bilirubin: '60' }, 'bilirubin', 'implausible'],
    [
      'bilirubin 900 in µmol/L',
      { bilirubin: '900', bilirubinUnit: 'umolPerL' },
      'bilirubin',
      'implausible',
    ],
    ['empty albumin', { albumin: '' }, 'albumin', 'empty'],
    ['albumin written as words', { albumin: 'low' }, 'albumin', 'notANumber'],
    ['negative albumin', { albumin: '-3.5' }, 'albumin', 'negative'],
    ['albumin 35 in g/dL', { albumin: '35', albuminUnit: 'gPerDl' }, 'albumin', 'implausible'],
    ['albumin 3.5 in g/L', { albumin: '3.5', albuminUnit: 'gPerL' }, 'albumin', 'implausible'],
    ['albumin of zero', { albumin: '0' }, 'albumin', 'implausible'],
    ['empty INR', { inr: '' }, 'inr', 'empty'],
    ['INR written as words', { inr: 'normal' }, 'inr', 'notANumber'],
    ['negative INR', { inr: '-1.2' }, 'inr', 'negative'],
    ['INR of zero', { inr: '0' }, 'inr', 'implausible'],
    ['INR of 20', { inr: '20' }, 'inr', 'implausible'],
    ['ascites not chosen', { ascites: '' }, 'ascites', 'empty'],
    ['encephalopathy not chosen', { encephalopathy: '' }, 'encephalopathy', 'empty'],
  ])('%s is reported at that field and gives no score', (_label, changes, field, problem) => {
    // Strict: a field without a problem has no key at all.
    expect(problemsFor(changes)).toStrictEqual({ [field]: problem });
  });
});

describe('plausible ranges', () => {
  const { bilirubin, albumin, inr } = plausibleRanges;
  it.each<[string, Partial<ChildPughInput>]>([
    ['lowest bilirubin in mg/dL', { bilirubin: String(bilirubin.mgPerDl.min) }],
    ['highest bilirubin in mg/dL', { bilirubin: String(bilirubin.mgPerDl.max) }],
    [
      'lowest bilirubin in µmol/L',
      { bilirubin: String(bilirubin.umolPerL.min), bilirubinUnit: 'umolPerL' },
    ],
    [
      'highest bilirubin in µmol/L',
      { bilirubin: String(bilirubin.umolPerL.max), bilirubinUnit: 'umolPerL' },
    ],
    ['lowest albumin in g/dL', { albumin: String(albumin.gPerDl.min) }],
    ['highest albumin in g/dL', { albumin: String(albumin.gPerDl.max) }],
    ['lowest albumin in g/L', { albumin: String(albumin.gPerL.min), albuminUnit: 'gPerL' }],
    ['highest albumin in g/L', { albumin: String(albumin.gPerL.max), albuminUnit: 'gPerL' }],
    ['lowest INR', { inr: String(inr.min) }],
    ['highest INR', { inr: String(inr.max) }],
  ])('the %s that counts as plausible is accepted', (_label, changes) => {
    expect(score(changes).ok).toBe(true);
  });
});

describe('the form', () => {
  it('lists the fields in the order of the clinical map, and the choices in points order', () => {
    expect(fieldOrder).toEqual(['bilirubin', 'albumin', 'inr', 'ascites', 'encephalopathy']);
    expect(choiceFields).toEqual({ ascites: ['none', 'mild', 'moderateToSevere'], encephalopathy: ['none', 'grade1to2', 'grade3to4'] });
  });

  it.each<[string, Partial<ChildPughInput>, FieldProblem | undefined]>([
    ['"- 1" (a space after the minus) is negative', { bilirubin: '- 1' }, 'negative'],
    ['"-0" is zero, so implausible, not negative', { bilirubin: '-0' }, 'implausible'],
    ['"1 " with a space after is read', { bilirubin: '1 ' }, undefined],
    ['".5" is read', { albumin: '.5' }, undefined],
    ['"1,2345" (four digits after the comma) is a decimal', { bilirubin: '1,2345' }, undefined],
    ['"x1,234" is not a number', { bilirubin: 'x1,234' }, 'notANumber'],
    ['"1,234x" is not a number', { bilirubin: '1,234x' }, 'notANumber'],
    ['".a" is not a number', { albumin: '.a' }, 'notANumber'],
    ['"a5" is not a number', { albumin: 'a5' }, 'notANumber'],
  ])('%s', (_label, changes, problem) => {
    const result = score(changes);
    if (problem === undefined) expect(result.ok).toBe(true);
    else expect(result).toEqual({ ok: false, problems: { [Object.keys(changes)[0]!]: problem } });
  });
});

describe('plausible ranges, at their edges (literal values, so a widened range fails)', () => {
  it.each<[string, Partial<ChildPughInput>, boolean]>([
    ['bilirubin 0.1 mg/dL', { bilirubin: '0.1' }, true],
    ['bilirubin 0.09 mg/dL', { bilirubin: '0.09' }, false],
    ['bilirubin 50 mg/dL', { bilirubin: '50' }, true],
    ['bilirubin 50.1 mg/dL', { bilirubin: '50.1' }, false],
    ['bilirubin 1.7 µmol/L', { bilirubin: '1.7', bilirubinUnit: 'umolPerL' }, true],
    ['bilirubin 1.6 µmol/L', { bilirubin: '1.6', bilirubinUnit: 'umolPerL' }, false],
    ['bilirubin 855 µmol/L', { bilirubin: '855', bilirubinUnit: 'umolPerL' }, true],
    ['bilirubin 856 µmol/L', { bilirubin: '856', bilirubinUnit: 'umolPerL' }, false],
    ['albumin 0.5 g/dL', { albumin: '0.5' }, true],
    ['albumin 0.4 g/dL', { albumin: '0.4' }, false],
    ['albumin 7 g/dL', { albumin: '7' }, true],
    ['albumin 7.1 g/dL', { albumin: '7.1' }, false],
    ['albumin 5 g/L', { albumin: '5', albuminUnit: 'gPerL' }, true],
    ['albumin 4.9 g/L', { albumin: '4.9', albuminUnit: 'gPerL' }, false],
    ['albumin 70 g/L', { albumin: '70', albuminUnit: 'gPerL' }, true],
    ['albumin 71 g/L', { albumin: '71', albuminUnit: 'gPerL' }, false],
    ['INR 0.5', { inr: '0.5' }, true],
    ['INR 0.4', { inr: '0.4' }, false],
    ['INR 15', { inr: '15' }, true],
    ['INR 15.1', { inr: '15.1' }, false],
  ])('%s is accepted: %s', (_label, changes, accepted) => {
    expect(score(changes).ok).toBe(accepted);
  });
});

describe('several problems at once', () => {
  it('reports every invalid field together and gives no score', () => {
    const result = scoreChildPugh({
      bilirubin: '',
      bilirubinUnit: 'mgPerDl',
      albumin: '35',
      albuminUnit: 'gPerDl',
      inr: 'abc',
      ascites: '',
      encephalopathy: '',
    });
    expect(result).toEqual({
      ok: false,
      problems: {
        bilirubin: 'empty',
        albumin: 'implausible',
        inr: 'notANumber',
        ascites: 'empty',
        encephalopathy: 'empty',
      },
    });
  });

  it('reports the invalid fields even when the others are valid', () => {
    const result = score({ bilirubin: '-2', inr: '1.2.3' });
    expect(result).toEqual({ ok: false, problems: { bilirubin: 'negative', inr: 'notANumber' } });
  });
});

describe('digits as Arabic and Persian keyboards type them', () => {
  it.each([
    ['Arabic-Indic digits with the Arabic decimal separator', '\u0663\u066B\u0665', 3.5],
    ['Persian digits', '\u06F4', 4],
  ])('reads %s', (_name, albumin, expected) => {
    expect(score({ albumin })).toEqual(score({ albumin: String(expected) }));
    expect(score({ albumin }).ok).toBe(true);
  });
});
