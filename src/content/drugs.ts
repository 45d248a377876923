// Drug names are proper names: they are not translated. Generic name first, brand in brackets.
// source: Advanced (metastatic) liver cancer; durvalumab and tremelimumab: the FDA approvals in ./sources.
export const drugs = {
  atezolizumab: { generic: 'atezolizumab', brand: 'Tecentriq', kind: 'immunotherapy' },
  bevacizumab: { generic: 'bevacizumab', brand: 'Avastin', kind: 'targeted' },
  sorafenib: { generic: 'sorafenib', brand: 'Nexavar', kind: 'targeted' },
  lenvatinib: { generic: 'lenvatinib', brand: 'Lenvima', kind: 'targeted' },
  regorafenib: { generic: 'regorafenib', brand: 'Stivarga', kind: 'targeted' },
  cabozantinib: { generic: 'cabozantinib', brand: 'Cabometyx', kind: 'targeted' },
  ramucirumab: { generic: 'ramucirumab', brand: 'Cyramza', kind: 'targeted' },
  pembrolizumab: { generic: 'pembrolizumab', brand: 'Keytruda', kind: 'immunotherapy' },
  nivolumab: { generic: 'nivolumab', brand: 'Opdivo', kind: 'immunotherapy' },
  ipilimumab: { generic: 'ipilimumab', brand: 'Yervoy', kind: 'immunotherapy' },
  durvalumab: { generic: 'durvalumab', brand: 'Imfinzi', kind: 'immunotherapy' },
  tremelimumab: { generic: 'tremelimumab', brand: 'Imjudo', kind: 'immunotherapy' },
} as const satisfies Record<string, { generic: string; brand: string; kind: 'targeted' | 'immunotherapy' }>;

export type DrugId = keyof typeof drugs;
