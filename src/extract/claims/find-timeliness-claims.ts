import type { TimelinessClaim } from "./claim.js";
import type { ClaimSentence } from "./claim-sentences.js";
import { quoted } from "./claim-sentences.js";

/** "均在法定期限内予以答复", "均已在法定期限内办结", "均在法定期限答复", "均按时答复". */
const TIMELY =
  /均(?:已|能|按时|依法)?(?:在|于)?(?:法定|规定)的?(?:期限|时限)内?(?:予以|依法|作出)?(?:答复|办结|办理|回复)|(?:均|全部)(?:已|能)?按(?:时|期)(?:予以|作出)?(?:答复|办结)/u;
/** Words that say some requests were carried over or extended, not answered within the year. */
const DEFERRED = /顺延|转下年度|结转下年|结转至下年|结转到下年|继续办理|延期/u;

export function findTimelinessClaims(s: ClaimSentence): TimelinessClaim[] {
  const m = TIMELY.exec(s.text);
  if (m === null) return [];
  return [
    {
      kind: "timeliness",
      sentence: quoted(s),
      start: s.offset(m.index),
      ...s.place(m.index),
      namesDeferred: DEFERRED.test(s.text),
    },
  ];
}
