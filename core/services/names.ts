/**
 * The operation names alone, for the Electron preload: a sandboxed preload
 * bundles this tiny list instead of the whole contract. A test keeps it
 * equal to the contract's keys.
 */
export const SERVICE_NAME_LIST = [
  'createDraft',
  'openDraft',
  'parseDraft',
  'saveDraft',
  'exportDocx',
  'listTemplates',
  'saveTemplate',
  'deleteTemplate',
  'duplicateTemplate',
  'importTemplate',
  'exportTemplate',
  'createDraftFromTemplate',
  'listDrafts',
  'suggestDraftPath',
  'recentFiles',
  'saveRecovery',
  'listRecoveries',
  'readRecovery',
  'discardRecovery',
  'searchQuotes',
  'getQuote',
  'saveQuote',
  'deleteQuote',
  'importQuotePack',
  'exportQuotePack',
  'extractQuotes',
  'verifyDraft',
  'listThemes',
  'getTheme',
  'importThemePack',
  'exportThemePack',
  'recordQuoteUse',
] as const;
