// The Canadian French "Ask a QuickBooks admin" texts; part of the fr-CA table (fr-CA.ts).
import type { HandoffText } from '../handoff-text.js';

const NBSP = '\u00a0'; // Quebec typography: a non-breaking space before a colon, none before ? ! ;

export const frCAHandoff: HandoffText = {
  question: 'Vous n’êtes pas administrateur QuickBooks?',
  ask: 'Demandez à un administrateur de reconnecter',
  title: 'Demander à un administrateur QuickBooks de reconnecter',
  intro:
    'Créez un lien qu’un administrateur QuickBooks ouvre pour reconnecter cette entreprise. Il n’a pas besoin de compte ici; le lien ne sert qu’une fois.',
  emailLabel: 'Courriel de l’administrateur (facultatif)',
  emailHint: 'Le lien y est envoyé. Laissez vide pour copier le lien et l’envoyer vous-même.',
  emailInvalid: `Entrez une adresse courriel comme nom@exemple.com, ou laissez vide.`,
  noteLabel: 'Note pour l’administrateur (facultatif)',
  noteCounter: (used, max) => `${used} caractères sur ${max}`,
  create: 'Créer le lien',
  creating: 'Création du lien…',
  cancel: 'Annuler',
  close: 'Fermer',
  linkLabel: 'Lien de reconnexion',
  linkHint: (expires) =>
    `Toute personne qui a ce lien peut reconnecter QuickBooks pour cette entreprise jusqu’au ${expires}. Il n’est affiché qu’une fois${NBSP}: copiez-le maintenant.`,
  copy: 'Copier',
  copied: 'Copié',
  copyFailed: `Impossible de copier. Le lien est sélectionné${NBSP}: appuyez sur Ctrl+C (ou ⌘C) pour le copier.`,
  sentTo: (email) => `Envoyé à ${email}`,
  failedTitle: 'Le lien n’a pas pu être créé',
  refusal: {
    handoff_not_needed: `QuickBooks est de nouveau connecté${NBSP}: aucun administrateur n’est nécessaire.`,
    not_connected: `Aucune entreprise QuickBooks n’est encore liée${NBSP}: connectez-en une d’abord.`,
  },
  rateLimited: (minutes) =>
    minutes === null
      ? 'Trop de liens ont été créés au cours de la dernière heure. Réessayez plus tard.'
      : `Trop de liens ont été créés au cours de la dernière heure. Réessayez dans ${minutes}${NBSP}min.`,
  unchanged: 'Aucun lien n’a été créé.',
  requested: (name, email, expires) =>
    `Reconnexion demandée ${email ? `à ${email} ` : ''}par ${name} · le lien expire le ${expires}`,
  cancelRequest: 'Annuler la demande',
  cancelling: 'Annulation…',
  cancelled: 'Demande annulée. Le lien ne fonctionne plus.',
  cancelFailed: 'La demande n’a pas pu être annulée.',
  newLink: 'Nouveau lien',
};
