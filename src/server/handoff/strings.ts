// The hosted hand-off page's words in the three locales the widget speaks (en, fr-CA, es-US); the drop-in on the
// page brings its own (Before You Begin, the confirmation) through its `locale`.

export const HANDOFF_LANGS = ['en', 'fr-CA', 'es-US'] as const;
export type HandoffLang = (typeof HANDOFF_LANGS)[number];

/** Why a link is refused; each has a title and a "what happened, what to do" text. */
export type RefusalKind = 'unknown' | 'used' | 'expired' | 'cancelled' | 'replaced' | 'company_changed' | 'not_needed';

export interface PageStrings {
  title: string;
  intro(appName: string, company: string, requester: string): string;
  warningLabel: string;
  /** The guide's data-loss warning, word for word as the widget's confirmation shows it. */
  warning: string;
  reconnect: string;
  doneTitle: string;
  done(appName: string): string;
  closeWindow: string;
  noScript: string;
  logoAlt(appName: string): string;
  refused: Record<RefusalKind, { title: string; text: string }>;
  callbackWorking: string;
  callbackReturning: string;
  callbackClose: string;
  callbackNothing: string;
}

const en: PageStrings = {
  title: 'Restore the QuickBooks connection',
  intro: (app, company, requester) =>
    `${app} needs its QuickBooks connection restored for ${company}. Requested by ${requester}.`,
  warningLabel: 'Warning',
  warning:
    'Connecting the integration to a new or separate QuickBooks account will permanently remove all existing ' +
    'Locations, Accounts, Vendors, and Product Assignments. Only proceed if you intend to link a different ' +
    'QuickBooks account. If you are reconnecting to the same account, this will restore the connection without data loss.',
  reconnect: 'Reconnect',
  doneTitle: 'Done',
  done: (app) => `Done. ${app} will resume syncing.`,
  closeWindow: 'You can close this window.',
  noScript: 'This page needs JavaScript to open the Intuit sign-in. Turn it on and reload the page.',
  logoAlt: (app) => app,
  refused: {
    unknown: {
      title: 'This link does not work',
      text: 'The link is incomplete or was never issued. Nothing was changed. Check that you copied the whole link, or ask the person who sent it for a new one.',
    },
    used: {
      title: 'This link was already used',
      text: 'The QuickBooks connection was restored with this link, and a link works only once. Nothing was changed. If the connection needs to be restored again, ask the person who sent it for a new link.',
    },
    expired: {
      title: 'This link has expired',
      text: 'Links work for a limited time, and this one has ended. Nothing was changed. Ask the person who sent it for a new link.',
    },
    cancelled: {
      title: 'This link was cancelled',
      text: 'The person who sent it cancelled the request. Nothing was changed. If the connection still needs restoring, ask them for a new link.',
    },
    replaced: {
      title: 'This link was replaced by a newer one',
      text: 'A newer link was sent for the same request, and only the newest one works. Nothing was changed. Use the newest link you received, or ask for a new one.',
    },
    company_changed: {
      title: 'This link is for another company',
      text: 'Another QuickBooks company has been linked since this link was sent. Nothing was changed. Ask the person who sent it for a new link if the connection still needs restoring.',
    },
    not_needed: {
      title: 'The connection is already working',
      text: 'Someone restored the QuickBooks connection already, so this link is not needed. Nothing was changed.',
    },
  },
  callbackWorking: 'Finishing sign-in…',
  callbackReturning: 'Signed in. Taking you back…',
  callbackClose: 'Sign-in finished. You can close this window.',
  callbackNothing: 'There is no sign-in answer on this page. You can close this window.',
};

const frCA: PageStrings = {
  title: 'Rétablir la connexion QuickBooks',
  intro: (app, company, requester) =>
    `${app} doit faire rétablir sa connexion QuickBooks pour ${company}. Demande faite par ${requester}.`,
  warningLabel: 'Avertissement',
  warning:
    'Connecter l’intégration à un compte QuickBooks nouveau ou différent supprimera définitivement tous les ' +
    'emplacements, comptes, fournisseurs et attributions de produits existants. Ne continuez que si vous avez ' +
    'l’intention de lier un autre compte QuickBooks. Si vous vous reconnectez au même compte, la connexion sera ' +
    'rétablie sans perte de données.',
  reconnect: 'Reconnecter',
  doneTitle: 'Terminé',
  done: (app) => `Terminé. ${app} reprendra la synchronisation.`,
  closeWindow: 'Vous pouvez fermer cette fenêtre.',
  noScript: 'Cette page a besoin de JavaScript pour ouvrir la connexion Intuit. Activez-le et rechargez la page.',
  logoAlt: (app) => app,
  refused: {
    unknown: {
      title: 'Ce lien ne fonctionne pas',
      text: 'Le lien est incomplet ou n’a jamais été émis. Rien n’a été modifié. Vérifiez que vous avez copié le lien en entier, ou demandez-en un nouveau à la personne qui vous l’a envoyé.',
    },
    used: {
      title: 'Ce lien a déjà été utilisé',
      text: 'La connexion QuickBooks a été rétablie avec ce lien, et un lien ne fonctionne qu’une fois. Rien n’a été modifié. S’il faut rétablir la connexion de nouveau, demandez un nouveau lien à la personne qui vous l’a envoyé.',
    },
    expired: {
      title: 'Ce lien a expiré',
      text: 'Les liens fonctionnent pendant une durée limitée, et celui-ci est échu. Rien n’a été modifié. Demandez un nouveau lien à la personne qui vous l’a envoyé.',
    },
    cancelled: {
      title: 'Ce lien a été annulé',
      text: 'La personne qui l’a envoyé a annulé la demande. Rien n’a été modifié. Si la connexion doit encore être rétablie, demandez-lui un nouveau lien.',
    },
    replaced: {
      title: 'Ce lien a été remplacé par un plus récent',
      text: 'Un lien plus récent a été envoyé pour la même demande, et seul le plus récent fonctionne. Rien n’a été modifié. Utilisez le dernier lien reçu, ou demandez-en un nouveau.',
    },
    company_changed: {
      title: 'Ce lien vise une autre entreprise',
      text: 'Une autre entreprise QuickBooks a été liée depuis l’envoi de ce lien. Rien n’a été modifié. Demandez un nouveau lien à la personne qui l’a envoyé si la connexion doit encore être rétablie.',
    },
    not_needed: {
      title: 'La connexion fonctionne déjà',
      text: 'Quelqu’un a déjà rétabli la connexion QuickBooks; ce lien n’est donc plus nécessaire. Rien n’a été modifié.',
    },
  },
  callbackWorking: 'Connexion en cours de finalisation…',
  callbackReturning: 'Connexion réussie. Retour à la page…',
  callbackClose: 'Connexion terminée. Vous pouvez fermer cette fenêtre.',
  callbackNothing: 'Cette page ne contient aucune réponse de connexion. Vous pouvez fermer cette fenêtre.',
};

const esUS: PageStrings = {
  title: 'Restablecer la conexión con QuickBooks',
  intro: (app, company, requester) =>
    `${app} necesita que se restablezca su conexión con QuickBooks para ${company}. Solicitado por ${requester}.`,
  warningLabel: 'Advertencia',
  warning:
    'Conectar la integración a una cuenta de QuickBooks nueva o diferente eliminará de forma permanente todas las ' +
    'ubicaciones, cuentas, proveedores y asignaciones de productos existentes. Continúe solo si tiene la intención ' +
    'de vincular otra cuenta de QuickBooks. Si se está reconectando a la misma cuenta, la conexión se restablecerá ' +
    'sin pérdida de datos.',
  reconnect: 'Reconectar',
  doneTitle: 'Listo',
  done: (app) => `Listo. ${app} reanudará la sincronización.`,
  closeWindow: 'Puede cerrar esta ventana.',
  noScript: 'Esta página necesita JavaScript para abrir el inicio de sesión de Intuit. Actívelo y vuelva a cargar la página.',
  logoAlt: (app) => app,
  refused: {
    unknown: {
      title: 'Este enlace no funciona',
      text: 'El enlace está incompleto o nunca se emitió. No se cambió nada. Verifique que copió el enlace completo o pida uno nuevo a la persona que se lo envió.',
    },
    used: {
      title: 'Este enlace ya se usó',
      text: 'La conexión con QuickBooks se restableció con este enlace, y un enlace funciona una sola vez. No se cambió nada. Si hay que restablecer la conexión otra vez, pida un enlace nuevo a la persona que se lo envió.',
    },
    expired: {
      title: 'Este enlace venció',
      text: 'Los enlaces funcionan por un tiempo limitado y este ya terminó. No se cambió nada. Pida un enlace nuevo a la persona que se lo envió.',
    },
    cancelled: {
      title: 'Este enlace fue cancelado',
      text: 'La persona que lo envió canceló la solicitud. No se cambió nada. Si todavía hay que restablecer la conexión, pídale un enlace nuevo.',
    },
    replaced: {
      title: 'Este enlace fue reemplazado por uno más reciente',
      text: 'Se envió un enlace más reciente para la misma solicitud, y solo funciona el más reciente. No se cambió nada. Use el último enlace que recibió o pida uno nuevo.',
    },
    company_changed: {
      title: 'Este enlace es para otra empresa',
      text: 'Desde que se envió este enlace se vinculó otra empresa de QuickBooks. No se cambió nada. Pida un enlace nuevo a la persona que lo envió si todavía hay que restablecer la conexión.',
    },
    not_needed: {
      title: 'La conexión ya funciona',
      text: 'Alguien ya restableció la conexión con QuickBooks, así que este enlace no es necesario. No se cambió nada.',
    },
  },
  callbackWorking: 'Terminando el inicio de sesión…',
  callbackReturning: 'Sesión iniciada. Volviendo a la página…',
  callbackClose: 'Inicio de sesión terminado. Puede cerrar esta ventana.',
  callbackNothing: 'Esta página no tiene una respuesta de inicio de sesión. Puede cerrar esta ventana.',
};

const TABLES: Record<HandoffLang, PageStrings> = { en, 'fr-CA': frCA, 'es-US': esUS };

export function pageStrings(lang: string): PageStrings {
  return TABLES[isHandoffLang(lang) ? lang : 'en'];
}

export function isHandoffLang(value: string): value is HandoffLang {
  return (HANDOFF_LANGS as readonly string[]).includes(value);
}
