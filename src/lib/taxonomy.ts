/**
 * The vocabulary every page's frontmatter uses. The content schema, the playbook map,
 * the search facets and the partner build all read these lists, so a new partner type
 * or stage is added here once.
 */

export const audiences = ['team', 'partner'] as const;
export type Audience = (typeof audiences)[number];

export const partnerTypes = [
  'technology',
  'referral',
  'affiliate',
  'reseller',
  'si-consultant',
  'strategic-alliance',
  'oem',
] as const;
export type PartnerType = (typeof partnerTypes)[number];

export const stages = ['identify', 'activate', 'scale', 'expand', 'review'] as const;
export type Stage = (typeof stages)[number];

export const assets = [
  'partner-portal',
  'sales-playbook',
  'integration-docs',
  'co-brandable-content',
  'demo-environment',
  'certification-program',
] as const;
export type Asset = (typeof assets)[number];

export const impacts = ['critical', 'high', 'medium-high', 'medium'] as const;
export type Impact = (typeof impacts)[number];

export const reviewCadences = ['monthly', 'quarterly', 'annually'] as const;
export type ReviewCadence = (typeof reviewCadences)[number];

/** Human labels, used in badges, facets and the playbook map. */
export const labels: Record<Audience | PartnerType | Stage | Asset | Impact, string> = {
  team: 'Partnerships team',
  partner: 'Partners',
  technology: 'Technology / integration',
  referral: 'Referral',
  affiliate: 'Affiliate',
  reseller: 'Reseller / channel',
  'si-consultant': 'SI / consultant',
  'strategic-alliance': 'Strategic alliance',
  oem: 'OEM / white-label',
  identify: 'Identify',
  activate: 'Activate',
  scale: 'Scale',
  expand: 'Expand',
  review: 'Review',
  'partner-portal': 'Partner portal',
  'sales-playbook': 'Sales playbook',
  'integration-docs': 'Integration docs',
  'co-brandable-content': 'Co-brandable content',
  'demo-environment': 'Demo environment',
  'certification-program': 'Certification program',
  critical: 'Critical',
  high: 'High',
  'medium-high': 'Medium-high',
  medium: 'Medium',
};
