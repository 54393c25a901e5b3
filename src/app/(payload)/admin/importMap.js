import { KlarkollPanel as KlarkollPanel_a015c42127477380b4f5112a40f28ba4 } from '@klarkoll/payload-plugin/client'
import { LeaveGuard as LeaveGuard_eaecbbb78d98cdccde1df90afa93fed5 } from '../../../../collections/admin/LeaveGuard'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { TextStateFeatureClient as TextStateFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { KlarkollReviewBox as KlarkollReviewBox_a015c42127477380b4f5112a40f28ba4 } from '@klarkoll/payload-plugin/client'
import { KlarkollVersionDecisions as KlarkollVersionDecisions_a015c42127477380b4f5112a40f28ba4 } from '@klarkoll/payload-plugin/client'
import { KlarkollVerdict as KlarkollVerdict_a015c42127477380b4f5112a40f28ba4 } from '@klarkoll/payload-plugin/client'
import { IntervalRowLabel as IntervalRowLabel_ac3946586136126660aadead302fd129 } from '../../../../collections/admin/RowLabels'
import { WeeklyRowLabel as WeeklyRowLabel_ac3946586136126660aadead302fd129 } from '../../../../collections/admin/RowLabels'
import { PeriodRowLabel as PeriodRowLabel_ac3946586136126660aadead302fd129 } from '../../../../collections/admin/RowLabels'
import { ExceptionRowLabel as ExceptionRowLabel_ac3946586136126660aadead302fd129 } from '../../../../collections/admin/RowLabels'
import { ChannelRowLabel as ChannelRowLabel_ac3946586136126660aadead302fd129 } from '../../../../collections/admin/RowLabels'
import { AlternativeChannelRowLabel as AlternativeChannelRowLabel_ac3946586136126660aadead302fd129 } from '../../../../collections/admin/RowLabels'
import { KlarkollNavLink as KlarkollNavLink_ed91d4f3e3a19160d8b60a254b72a745 } from '@klarkoll/payload-plugin/rsc'
import { DatePickerLocale as DatePickerLocale_deed88b392e407a1af07e8c798ccc279 } from '../../../../lib/admin/DatePickerLocale'
import { KlarkollDashboard as KlarkollDashboard_ed91d4f3e3a19160d8b60a254b72a745 } from '@klarkoll/payload-plugin/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@klarkoll/payload-plugin/client#KlarkollPanel": KlarkollPanel_a015c42127477380b4f5112a40f28ba4,
  "/collections/admin/LeaveGuard#LeaveGuard": LeaveGuard_eaecbbb78d98cdccde1df90afa93fed5,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#TextStateFeatureClient": TextStateFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@klarkoll/payload-plugin/client#KlarkollReviewBox": KlarkollReviewBox_a015c42127477380b4f5112a40f28ba4,
  "@klarkoll/payload-plugin/client#KlarkollVersionDecisions": KlarkollVersionDecisions_a015c42127477380b4f5112a40f28ba4,
  "@klarkoll/payload-plugin/client#KlarkollVerdict": KlarkollVerdict_a015c42127477380b4f5112a40f28ba4,
  "/collections/admin/RowLabels#IntervalRowLabel": IntervalRowLabel_ac3946586136126660aadead302fd129,
  "/collections/admin/RowLabels#WeeklyRowLabel": WeeklyRowLabel_ac3946586136126660aadead302fd129,
  "/collections/admin/RowLabels#PeriodRowLabel": PeriodRowLabel_ac3946586136126660aadead302fd129,
  "/collections/admin/RowLabels#ExceptionRowLabel": ExceptionRowLabel_ac3946586136126660aadead302fd129,
  "/collections/admin/RowLabels#ChannelRowLabel": ChannelRowLabel_ac3946586136126660aadead302fd129,
  "/collections/admin/RowLabels#AlternativeChannelRowLabel": AlternativeChannelRowLabel_ac3946586136126660aadead302fd129,
  "@klarkoll/payload-plugin/rsc#KlarkollNavLink": KlarkollNavLink_ed91d4f3e3a19160d8b60a254b72a745,
  "/lib/admin/DatePickerLocale#DatePickerLocale": DatePickerLocale_deed88b392e407a1af07e8c798ccc279,
  "@klarkoll/payload-plugin/rsc#KlarkollDashboard": KlarkollDashboard_ed91d4f3e3a19160d8b60a254b72a745,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
