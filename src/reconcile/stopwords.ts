/**
 * English function words ignored when sentences are compared (articles, pronouns, auxiliaries,
 * prepositions, conjunctions, and a few reporting fillers that every outlet uses).
 */

/** The stopword set (folded, lower case). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although am among an and another any are as at be
  became because become becomes been before being below between both but by can could did do does doing done
  down during each either else even ever every few for from further had has have having he her here hers
  herself him himself his how however i if in into is it its itself just last least less let like many may
  me might more most much must my myself neither no nor not now of off often on once one only onto or other
  others otherwise our ours ourselves out over own per perhaps rather same several shall she should since so
  some still such than that the their theirs them themselves then there these they this those though through
  thus to too toward towards under until up upon us very via was we were what whatever when where whether
  which while who whom whose why will with within without would yet you your yours yourself yourselves
  across amid along around behind beyond near inside outside onto across among
  said says say saying told according also new`
    .split(/\s+/)
    .filter(Boolean),
);
