import { z } from 'zod';

/** The refund form: empty amount refunds what is left; an amount is typed in major units (`12.50`). */
export const refundForm = z.object({
  amount: z
    .string()
    .trim()
    .max(20)
    .regex(/^(\d{1,12}([.,]\d{0,3})?)?$/, { error: 'Enter an amount like 12.50, or leave it empty' })
    .optional(),
  reason: z.string().trim().max(200, { error: 'Use at most 200 characters' }).optional(),
});

export const fulfilForm = z.object({
  trackingNumber: z.string().trim().max(120, { error: 'Use at most 120 characters' }).optional(),
  trackingUrl: z.url({ error: 'Enter a web address starting with https://' }).max(2048).optional(),
});
