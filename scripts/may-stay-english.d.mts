export function mayStayEnglish(input: {
  /** "namespace:key" */
  id: string;
  text: string;
  keep?: readonly string[];
  sameAsEnglish?: readonly string[];
}): boolean;
