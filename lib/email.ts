import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

/**
 * Mail through the municipality's SMTP server when SMTP_HOST is set; without it Payload writes
 * mail to the console (development). A small adapter over nodemailer, as Payload's own
 * @payloadcms/email-nodemailer is not yet published for this Payload version.
 */
export const smtpEmail = (env: Record<string, string | undefined>): EmailAdapter | undefined => {
  if (!env.SMTP_HOST) return undefined
  const fromAddress = env.SMTP_FROM || 'webb@exempelkommun.se'
  const fromName = env.SMTP_FROM_NAME || 'Exempelkommun webbredaktion'
  return () => {
    const transport = nodemailer.createTransport({
      auth: env.SMTP_USER ? { pass: env.SMTP_PASSWORD ?? '', user: env.SMTP_USER } : undefined,
      host: env.SMTP_HOST,
      port: Number(env.SMTP_PORT || 587),
      secure: env.SMTP_SECURE === 'true',
    })
    return {
      defaultFromAddress: fromAddress,
      defaultFromName: fromName,
      name: 'smtp',
      sendEmail: async (message) =>
        transport.sendMail({ from: { address: fromAddress, name: fromName }, ...message } as never),
    }
  }
}
