import type { Locator } from 'playwright-core';

/**
 * In an open chat launcher: verifies the demo shopper Astrid with her order reference and email, waits
 * for the assistant's greeting, asks for her next payment and waits for the payment-plan answer.
 */
export async function verifyAndAskNextPayment(chat: Locator): Promise<void> {
  await chat.locator('input[name="reference"]').fill('SE-4K7M2QXP');
  await chat.locator('input[name="contact"]').fill('astrid.lindqvist@example.se');
  await chat.locator('input[name="consent"]').check();
  await chat.getByRole('button', { name: 'Start chat' }).click();
  await chat.locator('.msg--assistant', { hasText: 'Hi Astrid' }).waitFor({ timeout: 15_000 });
  await chat.locator('.composer textarea').fill('When is my next payment?');
  await chat.locator('.composer textarea').press('Enter');
  await chat.locator('.msg--assistant', { hasText: 'Payment plan' }).waitFor({ timeout: 15_000 });
}
