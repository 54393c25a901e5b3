import type { A11yRule } from '../rule'

import { autoplay } from './autoplay'
import { clickWording } from './clickWording'
import { documentLink } from './documentLink'
import { embeds } from './embeds'
import { emptyHeading } from './emptyHeading'
import { fakeHeading } from './fakeHeading'
import { fakeList } from './fakeList'
import { frameSameName } from './frameSameName'
import { headingInTable } from './headingInTable'
import { headingOrder } from './headingOrder'
import { imageAlt } from './imageAlt'
import { inlineContrast } from './inlineContrast'
import { inPageAnchor } from './inPageAnchor'
import { justified } from './justified'
import { linkText } from './linkText'
import { longEmphasis } from './longEmphasis'
import { longHeading } from './longHeading'
import { mediaReminder } from './mediaReminder'
import { newWindow } from './newWindow'
import { quoteAsHeading } from './quoteAsHeading'
import { sameTextDifferentTarget } from './sameTextDifferentTarget'
import { objectName } from './objectName'
import { passageLanguage } from './passageLanguage'
import { tableHeaderCells } from './tableHeaderCells'
import { tableHeaders } from './tableHeaders'
import { underline } from './underline'
import { videoCaptions } from './videoCaptions'

/** The author rules: what editors get wrong and axe-core alone does not catch. */
export const a11yRules = [
  headingOrder,
  emptyHeading,
  fakeHeading,
  imageAlt,
  linkText,
  clickWording,
  sameTextDifferentTarget,
  newWindow,
  documentLink,
  fakeList,
  tableHeaders,
  tableHeaderCells,
  embeds,
  frameSameName,
  videoCaptions,
  longHeading,
  headingInTable,
  inPageAnchor,
  underline,
  justified,
  longEmphasis,
  inlineContrast,
  quoteAsHeading,
  mediaReminder,
  objectName,
  autoplay,
  passageLanguage,
] as unknown as A11yRule<object>[]
