// The US Spanish "Ask a QuickBooks admin" texts (formal "usted"); part of the es-US table (es-US.ts).
import type { HandoffText } from '../handoff-text.js';

export const esUSHandoff: HandoffText = {
  question: '¿No es administrador de QuickBooks?',
  ask: 'Pida a uno que vuelva a conectar',
  title: 'Pedir a un administrador de QuickBooks que vuelva a conectar',
  intro:
    'Cree un enlace que un administrador de QuickBooks abre para volver a conectar esta empresa. No necesita una cuenta aquí; el enlace funciona una sola vez.',
  emailLabel: 'Correo electrónico del administrador (opcional)',
  emailHint: 'El enlace se envía allí. Déjelo vacío para copiar el enlace y enviarlo usted mismo.',
  emailInvalid: 'Escriba un correo electrónico como nombre@ejemplo.com, o déjelo vacío.',
  noteLabel: 'Nota para el administrador (opcional)',
  noteCounter: (used, max) => `${used} de ${max} caracteres`,
  create: 'Crear enlace',
  creating: 'Creando enlace…',
  cancel: 'Cancelar',
  close: 'Cerrar',
  linkLabel: 'Enlace para volver a conectar',
  linkHint: (expires) =>
    `Cualquier persona con este enlace puede volver a conectar QuickBooks para esta empresa hasta el ${expires}. Se muestra una sola vez: cópielo ahora.`,
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar. El enlace está seleccionado: presione Ctrl+C (o ⌘C) para copiarlo.',
  sentTo: (email) => `Enviado a ${email}`,
  failedTitle: 'No se pudo crear el enlace',
  refusal: {
    handoff_not_needed: 'QuickBooks ya está conectado de nuevo: no se necesita un administrador.',
    not_connected: 'Todavía no hay una empresa de QuickBooks vinculada: conecte una primero.',
  },
  rateLimited: (minutes) =>
    minutes === null
      ? 'Se crearon demasiados enlaces en la última hora. Inténtelo más tarde.'
      : `Se crearon demasiados enlaces en la última hora. Inténtelo de nuevo en ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
  unchanged: 'No se creó ningún enlace.',
  requested: (name, email, expires) =>
    `Reconexión solicitada ${email ? `a ${email} ` : ''}por ${name} · el enlace vence el ${expires}`,
  cancelRequest: 'Cancelar solicitud',
  cancelling: 'Cancelando…',
  cancelled: 'Solicitud cancelada. El enlace ya no funciona.',
  cancelFailed: 'No se pudo cancelar la solicitud.',
  newLink: 'Enlace nuevo',
};
