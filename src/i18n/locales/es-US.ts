// US Spanish strings (QuickBooks Online's es-US wording, formal "usted"). Typed as Strings: a missing key fails to compile.
import type { ErrorReason } from '../../core/errors.js';
import type { Strings } from '../strings.js';
import { esUSHandoff } from './handoff.es-US.js';

const requestFailure: Record<ErrorReason, string> = {
  popup_blocked: 'Inténtelo de nuevo.',
  popup_closed: 'Inténtelo de nuevo.',
  access_denied: 'El servidor rechazó la solicitud.',
  state_mismatch: 'Inténtelo de nuevo.',
  timeout: 'El servidor no respondió a tiempo.',
  network: 'No se pudo contactar con el servidor.',
  invalid_response: 'El servidor envió una respuesta que no se pudo leer.',
  server: 'El servidor respondió con un error.',
  not_configured: 'La desconexión no está configurada en esta página.',
  aborted: 'Se detuvo la solicitud.',
};

export const esUSStrings: Strings = {
  productName: 'QuickBooks Online',
  linkState: { disabled: 'Deshabilitado', inactive: 'Inactivo', active: 'Activo' },
  checking: 'Verificando…',
  notConfigured: 'Sin configurar',
  statusLine: (stateLabel) => `Estado de la conexión de la API: ${stateLabel}`,
  inactiveReason: {
    expired_credentials: 'Sus credenciales de QuickBooks vencieron.',
    revoked: 'Se revocó el acceso a QuickBooks.',
    admin_access_lost: 'El usuario de QuickBooks que conectó la aplicación ya no es administrador de esta empresa.',
    subscription_inactive: 'La suscripción de QuickBooks de esta empresa no está activa.',
    app_not_authorized: 'QuickBooks ya no autoriza esta aplicación para esta empresa.',
    account_changed: 'Se cambió la cuenta de QuickBooks.',
    never_connected: 'QuickBooks aún no se ha conectado.',
    manually_disabled: 'Se desactivó la integración.',
    unknown: 'Se interrumpió la conexión con QuickBooks.',
  },
  reasonNextStep: {
    expired_credentials: 'Vuelva a conectarse para reanudar la sincronización.',
    revoked: 'Vuelva a conectarse para reanudar la sincronización.',
    admin_access_lost: 'Un administrador de QuickBooks debe volver a conectarse.',
    subscription_inactive: 'Restablezca la suscripción en QuickBooks; la conexión se reanudará por sí sola.',
    app_not_authorized: 'Vuelva a conectarse para permitir el acceso de nuevo.',
    account_changed: 'Vuelva a conectarse para reanudar la sincronización.',
    never_connected: 'Conecte su cuenta de QuickBooks para empezar a sincronizar.',
    manually_disabled: 'Vuelva a conectarse para reanudar la sincronización.',
    unknown: 'Vuelva a conectarse para reanudar la sincronización.',
  },
  reconnecting: 'Reconectando…',
  connectAccount: 'Conectar cuenta',
  loadFailed: 'No se pudo verificar la conexión.',
  loadFailure: {
    popup_blocked: 'Inténtelo de nuevo.',
    popup_closed: 'Inténtelo de nuevo.',
    access_denied: 'Se denegó el acceso.',
    state_mismatch: 'Inténtelo de nuevo.',
    timeout: 'El servidor no respondió a tiempo.',
    network: 'No se pudo contactar con el servidor.',
    invalid_response: 'El servidor envió una respuesta que no se pudo leer.',
    server: 'El servidor respondió con un error.',
    not_configured: 'La conexión no está configurada en esta página.',
    aborted: 'Se detuvo la verificación.',
  },
  statusUnknown: 'Desconocido',
  retryLoad: 'Reintentar',
  confirmTitle: '¿Está seguro de que desea reconectarse?',
  reconnectingCompany: (company) => `Está reconectando ${company.name}.`,
  confirmWarning:
    'Conectar la integración a una cuenta de QuickBooks nueva o diferente eliminará de forma permanente todas las ' +
    'ubicaciones, cuentas, proveedores y asignaciones de productos existentes. Continúe solo si tiene la intención ' +
    'de vincular otra cuenta de QuickBooks. Si se está reconectando a la misma cuenta, la conexión se restablecerá ' +
    'sin pérdida de datos.',
  firstConnectTitle: '¿Conectar QuickBooks?',
  firstConnectMessage:
    'Al elegir Sí, se abre la página de inicio de sesión de Intuit, donde elegirá la empresa de QuickBooks que desea vincular.',
  beforeYouBegin: {
    title: 'Antes de comenzar',
    intro: 'Antes de iniciar la reconexión, asegúrese de tener lo siguiente:',
    items: [
      'El correo electrónico o el ID de usuario de su cuenta de Intuit (QuickBooks).',
      'La contraseña de su cuenta de Intuit.',
      'Acceso a cualquier método de autenticación de dos factores configurado en su cuenta de Intuit (si corresponde).',
      'Acceso de nivel administrador al archivo de la empresa de QuickBooks al que se está reconectando.',
    ],
  },
  warningIcon: 'Advertencia',
  yes: 'Sí',
  no: 'No',
  authorizingTitle: 'Inicie sesión en Intuit',
  authorizingPopup: 'Termine de iniciar sesión en su cuenta de Intuit en la ventana que se abrió.',
  authorizingRedirect: 'Lo estamos llevando a la página de inicio de sesión de Intuit…',
  authorizingDetached:
    'Esta página ya no puede ver la ventana de inicio de sesión de Intuit. Termine de iniciar sesión allí y esta ' +
    'página se actualizará sola, o cancele.',
  signInWindowGone: '¿Se cerró la ventana de inicio de sesión? Intentar de nuevo',
  completingTitle: 'Finalizando la conexión…',
  cancel: 'Cancelar',
  companySwitchTitle: '¿Vincular otra empresa de QuickBooks?',
  companySwitchMessage: (linked, incoming) =>
    `Inició sesión en ${incoming.name}, pero esta integración está vinculada a ${linked.name}. Vincular ` +
    `${incoming.name} eliminará de forma permanente todas las ubicaciones, cuentas, proveedores y asignaciones de ` +
    `productos de ${linked.name}.`,
  companySwitchYes: (incoming) => `Sí, vincular ${incoming.name}`,
  companySwitchNo: (linked) => `No, conservar ${linked.name}`,
  failure: {
    popup_blocked: {
      title: 'Se bloqueó la ventana de inicio de sesión',
      message: 'Su navegador bloqueó la ventana de inicio de sesión de Intuit. Ábrala de nuevo o continúe en esta pestaña.',
    },
    popup_closed: {
      title: 'No se terminó de iniciar sesión',
      message: 'La ventana de inicio de sesión de Intuit se cerró antes de terminar.',
    },
    access_denied: {
      title: 'No se concedió el acceso',
      message: 'Se rechazó el acceso a QuickBooks al iniciar sesión en Intuit.',
    },
    state_mismatch: {
      title: 'No se pudo verificar el inicio de sesión',
      message:
        'La respuesta de Intuit no coincidió con esta solicitud de reconexión. Por su seguridad, vuelva a iniciar sesión.',
    },
    timeout: { title: 'El inicio de sesión tardó demasiado', message: 'No llegó ninguna respuesta a tiempo. Inténtelo de nuevo.' },
    network: { title: 'No se pudo contactar con el servidor', message: 'Revise su conexión a Internet e inténtelo de nuevo.' },
    invalid_response: {
      title: 'Respuesta inesperada',
      message: 'El servidor envió una respuesta que no se pudo leer. No se cambió nada. Inténtelo de nuevo.',
    },
    server: { title: 'El servidor no pudo reconectar', message: 'Se produjo un error en el servidor. Inténtelo de nuevo.' },
    not_configured: { title: 'Sin configurar', message: 'Esta conexión no se ha configurado en esta página.' },
    aborted: { title: 'Detenido', message: 'Se detuvo la reconexión.' },
  },
  nothingChanged: {
    disabled: 'No cambió nada; QuickBooks sigue sin conectarse.',
    inactive: 'No cambió nada; la integración sigue inactiva.',
    active: 'No cambió nada; la integración sigue activa.',
  },
  intuitReason: (description) => `Motivo indicado por Intuit: ${description}`,
  adminPrerequisite:
    'Para reconectarse, necesita acceso de nivel administrador al archivo de la empresa de QuickBooks al que se está reconectando.',
  companyKept: (linked) => `No cambió nada; la integración sigue vinculada a ${linked.name}.`,
  tryAgain: 'Intentar de nuevo',
  openSignInAgain: 'Abrir de nuevo el inicio de sesión',
  continueInThisTab: 'Continuar en esta pestaña',
  close: 'Cerrar',
  linkStatesLabel: 'Estado del vínculo de la conexión',
  linkStateTab: { disabled: 'Vínculo deshabilitado', inactive: 'Vínculo inactivo', active: 'Vínculo activo' },
  linkStateMeaning: {
    disabled: 'La integración nunca se ha conectado o se deshabilitó manualmente.',
    inactive: 'La conexión de la API venció o se desconectó. Es necesario reconectarse.',
    active: 'La conexión de la API está activa y sincroniza datos con QuickBooks correctamente.',
  },
  currentState: 'actual',
  currentStateMarker: (currentState) => `(${currentState})`,
  successMessage: 'Su cuenta se reconectó correctamente.',
  dismiss: 'Descartar',
  totalSyncFiles: 'Total de archivos sincronizados',
  mostRecentSyncDate: 'Fecha de la sincronización más reciente',
  neverSynced: 'Aún no se ha sincronizado',
  vendorPlaceholder: 'Nombre de la cuenta de integración',
  disconnect: {
    action: 'Desconectar',
    title: '¿Desconectar QuickBooks?',
    message: (companyName) =>
      `Se detiene la sincronización con ${companyName ?? 'QuickBooks Online'}. Sus ubicaciones, cuentas, proveedores ` +
      'y asignaciones de productos se mantienen como están, y si más adelante reconecta la misma empresa, la conexión ' +
      'se restablece sin pérdida de datos.',
    confirm: 'Desconectar',
    cancel: 'Cancelar',
    working: 'Desconectando…',
    failedTitle: 'No se pudo desconectar QuickBooks',
    failure: requestFailure,
    unchanged: 'No cambió nada; QuickBooks sigue conectado y sincronizando.',
    tryAgain: 'Intentar de nuevo',
    close: 'Cerrar',
    done: 'QuickBooks está desconectado. La sincronización se detuvo; sus datos se conservan.',
  },
  expiryWarning: (date) => `Reconéctese a más tardar el ${date} para que QuickBooks siga sincronizando`,
  reconnectedBy: (name, date) => `Reconectado por ${name} · ${date}`,
  connectedBy: (name, date) => `Conectado por ${name} · ${date}`,
  reconnectedOn: (date) => `Reconectado · ${date}`,
  connectedOn: (date) => `Conectado · ${date}`,
  lastSynced: (date) => `Última sincronización: ${date}`,
  history: {
    show: 'Mostrar historial',
    hide: 'Ocultar historial',
    label: 'Historial de la conexión',
    loading: 'Cargando el historial…',
    empty: 'Todavía no ha ocurrido nada con esta conexión.',
    failed: 'No se pudo cargar el historial.',
    retry: 'Reintentar',
    showMore: 'Mostrar más',
    loaded: (count, more) =>
      `${count} ${count === 1 ? 'evento mostrado' : 'eventos mostrados'}${more ? '; siguen otros más antiguos' : ''}.`,
    event: {
      connected: 'Conectado',
      reconnected: 'Reconectado',
      company_switched: 'Se vinculó otra empresa',
      inactive: 'Pasó a inactivo',
      recovered: 'Activo de nuevo: QuickBooks volvió a responder',
      expiring: 'Aviso de vencimiento',
      disconnected: 'Desconectado',
      handoff_requested: 'Reconexión solicitada a un administrador de QuickBooks',
      handoff_cancelled: 'Solicitud a un administrador de QuickBooks cancelada',
      handoff_completed: 'Reconectado mediante un enlace de administrador',
      handoff_expired: 'Enlace de administrador vencido sin usarse',
    },
    by: (what, who) => `${what} por ${who}`,
    requestedBy: (text, name) => `${text} (solicitado por ${name})`,
    daysLeft: (days) => `La conexión vence en ${days} ${days === 1 ? 'día' : 'días'}`,
  },
  handoff: esUSHandoff,
};
