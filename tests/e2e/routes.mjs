// The routes the real-browser suite walks, as data. Each route answers questions by choice id
// (the label a person sees is read from locales/en/questions.json at run time) and ends on the
// outcome the clinical map gives for those answers (docs/clinical-map.md).
//
// step fields:
//   question      the step id (and the radio/checkbox group name)
//   choose        a choice id (radios) or a list of choice ids (checkboxes)
//   emptyFirst    first press Continue with no answer: the error summary must show and take focus
//   before        a scenario run when the step is reached, before it is answered (see run.mjs)
//   calculator    answer through the Child-Pugh calculator instead of choosing (see run.mjs)
// route fields:
//   interruption  a page that asks nothing, shown after the last question (stageCheck): Continue
//   outcome       the outcome step reached after "See the options"
//   present       locale keys ("ns:key") whose words must be on the outcome page
//   absent        locale keys whose words must not be on the outcome page
//   after         scenarios run on the outcome page, in order (see run.mjs)
//   context       options for the browser context (viewport, reducedMotion)
//   maxWidth      check at every step that the page does not scroll sideways at this width

// Every route starts on the start page ("Start now") and answers Q-origin first: "yes" unless
// the route says otherwise.
const withOrigin = (route) =>
  route.steps[0].question === 'origin' ? route : { ...route, steps: [{ question: 'origin', choose: 'yes' }, ...route.steps] };

export const routes = [
  {
    name: 'resectable',
    steps: [
      { question: 'history', choose: 'first', emptyFirst: true },
      { question: 'stage', choose: 'early' },
      { question: 'liverHealth', choose: 'healthy' },
      { question: 'barriers', choose: ['none'] },
    ],
    outcome: 'resectable',
    present: ['outcomes:notes.resectableFactors', 'options:partialHepatectomy.name'],
    after: ['startAgain'],
  },
  {
    name: 'transplantable (stage not known, liver not healthy)',
    steps: [
      { question: 'history', choose: 'first' },
      { question: 'stage', choose: 'notSure' },
      { question: 'spread', choose: 'no' },
      { question: 'liverHealth', choose: 'notHealthy' },
      { question: 'barriers', choose: ['none'], before: 'backAndForward' },
    ],
    outcome: 'transplantable',
    present: ['outcomes:notes.becauseLiverNotHealthy', 'options:liverTransplant.name'],
  },
  {
    name: 'transplantable (hard to reach)',
    steps: [
      { question: 'history', choose: 'first' },
      { question: 'stage', choose: 'early' },
      { question: 'liverHealth', choose: 'healthy' },
      { question: 'barriers', choose: ['hardToReach'] },
    ],
    outcome: 'transplantable',
    present: ['outcomes:notes.becauseHardToReach'],
  },
  {
    name: 'unresectable',
    steps: [
      { question: 'history', choose: 'first' },
      { question: 'stage', choose: 'three' },
      { question: 'liverHealth', choose: 'healthy' },
      { question: 'barriers', choose: ['tooLarge', 'several'], emptyFirst: true },
    ],
    outcome: 'unresectable',
    present: ['outcomes:reasons.tooLarge', 'outcomes:reasons.several', 'outcomes:downstagingLink'],
    absent: ['outcomes:reasons.unfit'],
    after: ['downstaging'],
  },
  {
    name: 'localUnknown (liver health not known)',
    steps: [
      { question: 'history', choose: 'first' },
      { question: 'stage', choose: 'early' },
      { question: 'liverHealth', choose: 'notSure', emptyFirst: true },
      { question: 'barriers', choose: ['none'] },
    ],
    outcome: 'localUnknown',
    present: ['outcomes:possible.heading', 'outcomes:ask.decideLiverHealth'],
  },
  {
    name: 'localUnknown (barriers not known)',
    steps: [
      { question: 'history', choose: 'first' },
      { question: 'stage', choose: 'early' },
      { question: 'liverHealth', choose: 'healthy' },
      { question: 'barriers', choose: ['notSure'] },
    ],
    outcome: 'localUnknown',
    present: ['outcomes:ask.decideBarriers'],
  },
  {
    name: 'advanced (Child-Pugh A, first drugs not tried)',
    steps: [
      { question: 'history', choose: 'first' },
      { question: 'stage', choose: 'four' },
      { question: 'liverFunction', choose: 'a', before: 'reload' },
      { question: 'drugLine', choose: 'no' },
    ],
    outcome: 'advanced',
    present: ['outcomes:sections.firstLine', 'outcomes:sections.ifTheseStop', 'outcomes:glance.heading', 'sources:since.heading'],
    absent: ['outcomes:conditions.ifChildPughAOrB', 'outcomes:notes.childPughC', 'outcomes:notes.originNotSure'],
  },
  {
    // Child-Pugh C skips Q-line: the source lists no drugs for class C, so the answer would change nothing.
    name: 'advanced (Child-Pugh C)',
    steps: [
      { question: 'history', choose: 'first' },
      { question: 'stage', choose: 'notSure' },
      { question: 'spread', choose: 'yes' },
      { question: 'liverFunction', choose: 'c', emptyFirst: true },
    ],
    outcome: 'advanced',
    present: ['outcomes:notes.childPughC', 'options:advancedTrials.name', 'options:symptomRelief.name'],
    absent: [
      'outcomes:sections.firstLine',
      'outcomes:sections.afterFirstLine',
      'options:atezolizumabBevacizumab.name',
      'sources:since.heading',
    ],
  },
  {
    name: 'stage III with a healthy liver and no barrier (stage check, 390 px wide)',
    context: { viewport: { width: 390, height: 844 } },
    maxWidth: 390,
    steps: [
      { question: 'origin', choose: 'notSure' },
      { question: 'history', choose: 'first' },
      { question: 'stage', choose: 'three' },
      { question: 'liverHealth', choose: 'healthy' },
      { question: 'barriers', choose: ['none'] },
    ],
    interruption: 'stageCheck',
    outcome: 'resectable',
    present: ['outcomes:notes.stageThreeGiven', 'outcomes:ask.stageThreeSurgery', 'outcomes:notes.originNotSure', 'outcomes:ask.decideOrigin'],
    absent: ['sources:since.heading'],
  },
  {
    name: 'advanced (Child-Pugh not known)',
    steps: [
      { question: 'history', choose: 'first' },
      { question: 'stage', choose: 'four' },
      { question: 'liverFunction', choose: 'notSure' },
      { question: 'drugLine', choose: 'notSure', emptyFirst: true },
    ],
    outcome: 'advanced',
    present: ['outcomes:notes.childPughUnknown', 'outcomes:conditions.ifChildPughAOrB', 'outcomes:notes.drugLineUnknown'],
  },
  {
    name: 'advanced (history not known, Child-Pugh class from the calculator)',
    steps: [
      { question: 'history', choose: 'notSure' },
      { question: 'stage', choose: 'four' },
      {
        question: 'liverFunction',
        calculator: {
          // 42.8 µmol/L = 2 points; albumin first entered as 30 g/dL (not possible), then 3.0 g/dL = 2;
          // INR 1.1 = 1; ascites mild = 2; no encephalopathy = 1: 8 points, class B.
          bilirubin: '42.8',
          bilirubinUnit: 'umolPerL',
          albuminWrong: '30',
          albumin: '3.0',
          inr: '1.1',
          ascites: 'mild',
          encephalopathy: 'none',
          points: 8,
          childPughClass: 'b',
        },
      },
      { question: 'drugLine', choose: 'no' },
    ],
    outcome: 'advanced',
    present: ['outcomes:ifRecurrent.note', 'outcomes:sections.firstLine'],
    after: ['ifRecurrent'],
  },
  {
    name: 'spreadUnknown',
    steps: [
      { question: 'history', choose: 'first' },
      { question: 'stage', choose: 'notSure' },
      { question: 'spread', choose: 'notSure', emptyFirst: true },
    ],
    outcome: 'spreadUnknown',
    present: ['outcomes:possible.heading', 'outcomes:ask.decideSpread'],
  },
  {
    name: 'recurrentLocal (320 px wide, reduced motion)',
    context: { viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' },
    maxWidth: 320,
    steps: [
      { question: 'history', choose: 'recurrent' },
      { question: 'recurrenceSite', choose: 'local' },
      { question: 'firstTreatment', choose: 'surgery', emptyFirst: true },
      { question: 'liverFunction', choose: 'b' },
    ],
    outcome: 'recurrentLocal',
    present: ['options:furtherSurgery.name', 'outcomes:notes.liverFunctionB'],
    absent: ['outcomes:notes.noSpecificOptionAfterFirstTreatment'],
  },
  {
    name: 'recurrentDistant',
    steps: [
      { question: 'history', choose: 'recurrent' },
      { question: 'recurrenceSite', choose: 'distant' },
      { question: 'liverFunction', choose: 'notSure' },
    ],
    outcome: 'recurrentDistant',
    present: ['options:drugTreatment.name', 'outcomes:notes.liverFunctionNotSure'],
  },
  {
    name: 'recurrentUnknown',
    steps: [
      { question: 'history', choose: 'recurrent' },
      { question: 'recurrenceSite', choose: 'notSure', emptyFirst: true },
    ],
    outcome: 'recurrentUnknown',
    present: ['outcomes:possible.heading', 'outcomes:ask.decideRecurrenceSite'],
  },
].map(withOrigin);

// ---------------------------------------------------------------------------------------------
// Other languages. The shipped languages are discovered at run time from locales/*/meta.json;
// every one but English walks one of the routes above (by name) from /?lng=<tag> to its outcome,
// with the keyboard only, reading every word from that language's files. Different languages
// take different routes to spread the coverage.

export const languageRoutes = {
  es: 'advanced (Child-Pugh not known)',
  'zh-Hans': 'unresectable',
  vi: 'recurrentLocal (320 px wide, reduced motion)',
  ar: 'localUnknown (liver health not known)',
};

/** A language not named above (a new one) takes one of these, in turn. No calculator routes: that is walked in English. */
export const spareLanguageRoutes = ['recurrentUnknown', 'spreadUnknown', 'transplantable (hard to reach)', 'recurrentDistant'];

/**
 * A switch of language half-way through a route, with the keyboard: the route starts in English,
 * and after `answered` answers the switcher's link to `to` (the first of these that ships, else
 * a right-to-left language, else any other) is reached with Tab and pressed with Enter.
 */
export const languageSwitch = { route: 'recurrentDistant', answered: 3, to: ['ar'] };

/**
 * Mirroring of a right-to-left language on a narrow screen: an outcome page opened from answers
 * put in sessionStorage (the app's stored format), checked and photographed at this size.
 */
export const mirroring = {
  outcome: 'recurrentUnknown',
  answers: [
    ['origin', 'yes'],
    ['history', 'recurrent'],
    ['recurrenceSite', 'notSure'],
  ],
  viewport: { width: 320, height: 640 },
};

/**
 * Options first: every outcome, opened from answers in the app's stored format on a phone-sized
 * screen, must show the first entry of its "Options for this group" list in the first viewport.
 */
export const optionsFirst = {
  viewport: { width: 390, height: 844 },
  outcomes: {
    resectable: [['origin', 'yes'], ['history', 'first'], ['stage', 'early'], ['liverHealth', 'healthy'], ['barriers', ['none']]],
    transplantable: [['origin', 'yes'], ['history', 'first'], ['stage', 'early'], ['liverHealth', 'notHealthy'], ['barriers', ['none']]],
    unresectable: [['origin', 'yes'], ['history', 'first'], ['stage', 'early'], ['liverHealth', 'healthy'], ['barriers', ['tooLarge']]],
    localUnknown: [['origin', 'yes'], ['history', 'first'], ['stage', 'early'], ['liverHealth', 'healthy'], ['barriers', ['notSure']]],
    advanced: [['origin', 'yes'], ['history', 'first'], ['stage', 'four'], ['liverFunction', 'a'], ['drugLine', 'no']],
    spreadUnknown: [['origin', 'yes'], ['history', 'first'], ['stage', 'notSure'], ['spread', 'notSure']],
    recurrentLocal: [['origin', 'yes'], ['history', 'recurrent'], ['recurrenceSite', 'local'], ['firstTreatment', 'surgery'], ['liverFunction', 'a']],
    recurrentDistant: [['origin', 'yes'], ['history', 'recurrent'], ['recurrenceSite', 'distant'], ['liverFunction', 'a']],
    recurrentUnknown: [['origin', 'yes'], ['history', 'recurrent'], ['recurrenceSite', 'notSure']],
  },
};
