// Canadian French strings (QuickBooks Online's fr-CA wording). Typed as Strings: a key missing here fails to compile.
import type { ErrorReason } from '../../core/errors.js';
import type { Strings } from '../strings.js';
import { frCAHandoff } from './handoff.fr-CA.js';

const NBSP = '\u00a0'; // Quebec typography: a non-breaking space before a colon, none before ? ! ;

const requestFailure: Record<ErrorReason, string> = {
  popup_blocked: 'Veuillez réessayer.',
  popup_closed: 'Veuillez réessayer.',
  access_denied: 'Le serveur a refusé la demande.',
  state_mismatch: 'Veuillez réessayer.',
  timeout: 'Le serveur n’a pas répondu à temps.',
  network: 'Impossible de joindre le serveur.',
  invalid_response: 'Le serveur a envoyé une réponse illisible.',
  server: 'Le serveur a répondu par une erreur.',
  not_configured: 'La déconnexion n’est pas configurée sur cette page.',
  aborted: 'La demande a été interrompue.',
};

export const frCAStrings: Strings = {
  productName: 'QuickBooks Online',
  linkState: { disabled: 'Désactivé', inactive: 'Inactif', active: 'Actif' },
  checking: 'Vérification…',
  notConfigured: 'Non configuré',
  statusLine: (stateLabel) => `État de la connexion API${NBSP}: ${stateLabel}`,
  inactiveReason: {
    expired_credentials: 'Vos identifiants QuickBooks ont expiré.',
    revoked: 'L’accès à QuickBooks a été révoqué.',
    admin_access_lost: 'L’utilisateur QuickBooks qui a connecté l’application n’est plus administrateur de cette entreprise.',
    subscription_inactive: 'L’abonnement QuickBooks de cette entreprise n’est pas actif.',
    app_not_authorized: 'QuickBooks n’autorise plus cette application pour cette entreprise.',
    account_changed: 'Le compte QuickBooks a été modifié.',
    never_connected: 'QuickBooks n’a pas encore été connecté.',
    manually_disabled: 'L’intégration a été désactivée.',
    unknown: 'La connexion à QuickBooks a été interrompue.',
  },
  reasonNextStep: {
    expired_credentials: 'Reconnectez-vous pour reprendre la synchronisation.',
    revoked: 'Reconnectez-vous pour reprendre la synchronisation.',
    admin_access_lost: 'Un administrateur QuickBooks doit reconnecter l’application.',
    subscription_inactive: 'Rétablissez l’abonnement dans QuickBooks; la connexion reprendra d’elle-même.',
    app_not_authorized: 'Reconnectez-vous pour autoriser de nouveau l’accès.',
    account_changed: 'Reconnectez-vous pour reprendre la synchronisation.',
    never_connected: 'Connectez votre compte QuickBooks pour commencer la synchronisation.',
    manually_disabled: 'Connectez-vous de nouveau pour reprendre la synchronisation.',
    unknown: 'Reconnectez-vous pour reprendre la synchronisation.',
  },
  reconnecting: 'Reconnexion…',
  connectAccount: 'Connecter le compte',
  loadFailed: 'Impossible de vérifier la connexion.',
  loadFailure: {
    popup_blocked: 'Veuillez réessayer.',
    popup_closed: 'Veuillez réessayer.',
    access_denied: 'L’accès a été refusé.',
    state_mismatch: 'Veuillez réessayer.',
    timeout: 'Le serveur n’a pas répondu à temps.',
    network: 'Impossible de joindre le serveur.',
    invalid_response: 'Le serveur a envoyé une réponse illisible.',
    server: 'Le serveur a répondu par une erreur.',
    not_configured: 'La connexion n’est pas configurée sur cette page.',
    aborted: 'La vérification a été interrompue.',
  },
  statusUnknown: 'Inconnu',
  retryLoad: 'Réessayer',
  confirmTitle: 'Voulez-vous vraiment vous reconnecter?',
  reconnectingCompany: (company) => `Vous reconnectez ${company.name}.`,
  confirmWarning:
    'Connecter l’intégration à un compte QuickBooks nouveau ou différent supprimera définitivement tous les ' +
    'emplacements, comptes, fournisseurs et attributions de produits existants. Ne continuez que si vous avez ' +
    'l’intention de lier un autre compte QuickBooks. Si vous vous reconnectez au même compte, la connexion sera ' +
    'rétablie sans perte de données.',
  firstConnectTitle: 'Connecter QuickBooks?',
  firstConnectMessage: 'Choisissez Oui pour ouvrir la page de connexion Intuit, où vous sélectionnerez l’entreprise QuickBooks à lier.',
  beforeYouBegin: {
    title: 'Avant de commencer',
    intro: `Avant de lancer la reconnexion, assurez-vous d’avoir ce qui suit${NBSP}:`,
    items: [
      'L’adresse courriel ou l’identifiant d’utilisateur de votre compte Intuit (QuickBooks).',
      'Le mot de passe de votre compte Intuit.',
      'L’accès à toute méthode d’authentification à deux facteurs configurée dans votre compte Intuit (s’il y a lieu).',
      'Un accès de niveau administrateur au fichier d’entreprise QuickBooks auquel vous vous reconnectez.',
    ],
  },
  warningIcon: 'Avertissement',
  yes: 'Oui',
  no: 'Non',
  authorizingTitle: 'Connectez-vous à Intuit',
  authorizingPopup: 'Terminez la connexion à votre compte Intuit dans la fenêtre qui s’est ouverte.',
  authorizingRedirect: 'Redirection vers la page de connexion Intuit…',
  authorizingDetached:
    'Cette page ne voit plus la fenêtre de connexion Intuit. Terminez la connexion dans cette fenêtre et cette page se ' +
    'mettra à jour d’elle-même, ou annulez.',
  signInWindowGone: 'Fenêtre de connexion fermée? Réessayer',
  completingTitle: 'Finalisation de la connexion…',
  cancel: 'Annuler',
  companySwitchTitle: 'Lier une autre entreprise QuickBooks?',
  companySwitchMessage: (linked, incoming) =>
    `Vous vous êtes connecté à ${incoming.name}, mais cette intégration est liée à ${linked.name}. Lier ` +
    `${incoming.name} supprimera définitivement tous les emplacements, comptes, fournisseurs et attributions de ` +
    `produits de ${linked.name}.`,
  companySwitchYes: (incoming) => `Oui, lier ${incoming.name}`,
  companySwitchNo: (linked) => `Non, garder ${linked.name}`,
  failure: {
    popup_blocked: {
      title: 'La fenêtre de connexion a été bloquée',
      message: 'Votre navigateur a bloqué la fenêtre de connexion Intuit. Ouvrez-la de nouveau ou continuez dans cet onglet.',
    },
    popup_closed: {
      title: 'La connexion n’a pas été terminée',
      message: 'La fenêtre de connexion Intuit a été fermée avant la fin de la connexion.',
    },
    access_denied: {
      title: 'L’accès n’a pas été accordé',
      message: 'L’accès à QuickBooks a été refusé lors de la connexion Intuit.',
    },
    state_mismatch: {
      title: 'La connexion n’a pas pu être vérifiée',
      message:
        'La réponse d’Intuit ne correspondait pas à cette demande de reconnexion. Pour votre sécurité, veuillez vous connecter de nouveau.',
    },
    timeout: { title: 'La connexion a pris trop de temps', message: 'Aucune réponse n’est arrivée à temps. Veuillez réessayer.' },
    network: { title: 'Impossible de joindre le serveur', message: 'Vérifiez votre connexion Internet et réessayez.' },
    invalid_response: {
      title: 'Réponse inattendue',
      message: 'Le serveur a envoyé une réponse illisible. Rien n’a été modifié. Veuillez réessayer.',
    },
    server: {
      title: 'Le serveur n’a pas pu rétablir la connexion',
      message: 'Une erreur s’est produite sur le serveur. Veuillez réessayer.',
    },
    not_configured: { title: 'Non configuré', message: 'Cette connexion n’a pas été configurée sur cette page.' },
    aborted: { title: 'Interrompu', message: 'La reconnexion a été interrompue.' },
  },
  nothingChanged: {
    disabled: 'Rien n’a changé; QuickBooks n’est toujours pas connecté.',
    inactive: 'Rien n’a changé; l’intégration est toujours inactive.',
    active: 'Rien n’a changé; l’intégration est toujours active.',
  },
  intuitReason: (description) => `Motif donné par Intuit${NBSP}: ${description}`,
  adminPrerequisite:
    'La reconnexion exige un accès de niveau administrateur au fichier d’entreprise QuickBooks auquel vous vous reconnectez.',
  companyKept: (linked) => `Rien n’a changé; l’intégration est toujours liée à ${linked.name}.`,
  tryAgain: 'Réessayer',
  openSignInAgain: 'Rouvrir la fenêtre de connexion',
  continueInThisTab: 'Continuer dans cet onglet',
  close: 'Fermer',
  linkStatesLabel: 'État du lien de connexion',
  linkStateTab: { disabled: 'Lien désactivé', inactive: 'Lien inactif', active: 'Lien actif' },
  linkStateMeaning: {
    disabled: 'L’intégration n’a jamais été connectée ou a été désactivée manuellement.',
    inactive: 'La connexion API a expiré ou a été interrompue. Une reconnexion est requise.',
    active: 'La connexion API est active et synchronise les données avec QuickBooks.',
  },
  currentState: 'actuel',
  currentStateMarker: (currentState) => `(${currentState})`,
  successMessage: 'Votre compte a été reconnecté avec succès.',
  dismiss: 'Masquer',
  totalSyncFiles: 'Total des fichiers synchronisés',
  mostRecentSyncDate: 'Date de la dernière synchronisation',
  neverSynced: 'Pas encore synchronisé',
  vendorPlaceholder: 'Nom du compte d’intégration',
  disconnect: {
    action: 'Déconnecter',
    title: 'Déconnecter QuickBooks?',
    message: (companyName) =>
      `La synchronisation avec ${companyName ?? 'QuickBooks Online'} s’arrête. Vos emplacements, comptes, fournisseurs ` +
      'et attributions de produits restent tels quels, et reconnecter la même entreprise plus tard rétablit la ' +
      'connexion sans perte de données.',
    confirm: 'Déconnecter',
    cancel: 'Annuler',
    working: 'Déconnexion…',
    failedTitle: 'Impossible de déconnecter QuickBooks',
    failure: requestFailure,
    unchanged: 'Rien n’a changé; QuickBooks est toujours connecté et synchronisé.',
    tryAgain: 'Réessayer',
    close: 'Fermer',
    done: 'QuickBooks est déconnecté. La synchronisation est arrêtée; vos données sont conservées.',
  },
  expiryWarning: (date) => `Reconnectez-vous d’ici le ${date} pour que QuickBooks continue de se synchroniser`,
  reconnectedBy: (name, date) => `Reconnecté par ${name} · ${date}`,
  connectedBy: (name, date) => `Connecté par ${name} · ${date}`,
  reconnectedOn: (date) => `Reconnecté · ${date}`,
  connectedOn: (date) => `Connecté · ${date}`,
  lastSynced: (date) => `Dernière synchronisation${NBSP}: ${date}`,
  history: {
    show: 'Afficher l’historique',
    hide: 'Masquer l’historique',
    label: 'Historique de la connexion',
    loading: 'Chargement de l’historique…',
    empty: 'Rien ne s’est encore produit pour cette connexion.',
    failed: 'Impossible de charger l’historique.',
    retry: 'Réessayer',
    showMore: 'Afficher plus',
    loaded: (count, more) =>
      `${count} ${count <= 1 ? 'événement affiché' : 'événements affichés'}${more ? '; d’autres plus anciens suivent' : ''}.`,
    event: {
      connected: 'Connecté',
      reconnected: 'Reconnecté',
      company_switched: 'Une autre entreprise a été liée',
      inactive: 'Devenu inactif',
      recovered: `De nouveau actif${NBSP}: QuickBooks répond de nouveau`,
      expiring: 'Avis d’expiration',
      disconnected: 'Déconnecté',
      handoff_requested: 'Reconnexion demandée à un administrateur QuickBooks',
      handoff_cancelled: 'Demande à un administrateur QuickBooks annulée',
      handoff_completed: 'Reconnecté au moyen d’un lien d’administrateur',
      handoff_expired: 'Lien d’administrateur expiré sans avoir été utilisé',
    },
    by: (what, who) => `${what} par ${who}`,
    requestedBy: (text, name) => `${text} (demandé par ${name})`,
    daysLeft: (days) => `La connexion expire dans ${days} ${days <= 1 ? 'jour' : 'jours'}`,
  },
  handoff: frCAHandoff,
};
