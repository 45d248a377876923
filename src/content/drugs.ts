// Drug names are proper names: they are not translated. Generic name first, brand in brackets.
// source: Advanced (metastatic) liver cancer; durvalumab and tremelimumab: the FDA approvals in ./sources.
export const drugs = {
  atezolizumab: { generic: 'atezolizumab', brand: 'Tecentriq' },
  bevacizumab: { generic: 'bevacizumab', brand: 'Avastin' },
  sorafenib: { generic: 'sorafenib', brand: 'Nexavar' },
  lenvatinib: { generic: 'lenvatinib', brand: 'Lenvima' },
  regorafenib: { generic: 'regorafenib', brand: 'Stivarga' },
  cabozantinib: { generic: 'cabozantinib', brand: 'Cabometyx' },
  ramucirumab: { generic: 'ramucirumab', brand: 'Cyramza' },
  pembrolizumab: { generic: 'pembrolizumab', brand: 'Keytruda' },
  nivolumab: { generic: 'nivolumab', brand: 'Opdivo' },
  ipilimumab: { generic: 'ipilimumab', brand: 'Yervoy' },
  durvalumab: { generic: 'durvalumab', brand: 'Imfinzi' },
  tremelimumab: { generic: 'tremelimumab', brand: 'Imjudo' },
} as const satisfies Record<string, { generic: string; brand: string }>;

export type DrugId = keyof typeof drugs;
