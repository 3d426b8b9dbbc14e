import { expect } from '@open-wc/testing';
import { redactFields, withoutCardNumbers } from './redact.js';

describe('withoutCardNumbers', () => {
  it('masks every card number, written together or in groups, to its last four digits', async () => {
    expect(await withoutCardNumbers('my card 4111 1111 1111 1111 and 378282246310005')).to.equal('my card •••• 1111 and •••• 0005');
    expect(await withoutCardNumbers('5555-5555-5555-4444')).to.equal('•••• 4444');
  });

  it('leaves order references, phone numbers, dates and short numbers alone', async () => {
    for (const text of ['order SE-4K7M2QXP', 'call me on +46 70 174 06 05', 'paid on 2026-11-18', 'tracking 1Z999AA10123456784', '12 items, 3 returned']) {
      expect(await withoutCardNumbers(text)).to.equal(text);
    }
  });

  it('leaves twelve digits that fail the card check as they are (the contract’s rule decides)', async () => {
    expect(await withoutCardNumbers('4111 1111 1111 1112')).to.equal('4111 1111 1111 1112');
  });

  it('masks only the fields named', async () => {
    const body = { orderId: 'ord_1', comment: 'card 4111111111111111', trackingNumber: '4111111111111111' };
    expect(await redactFields(body, ['comment', 'description'])).to.deep.equal({ orderId: 'ord_1', comment: 'card •••• 1111', trackingNumber: '4111111111111111' });
  });
});
