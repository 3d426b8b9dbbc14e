/**
 * A fake merchant checkout page: header, cart, payment form with a pay button, a help aside and a
 * footer, with the merchant's own stylesheet and script. `assist` is what the merchant adds to load
 * Assist (markup in the help aside and script tags); null for the page as it is without Assist.
 */
export interface AssistSnippet {
  /** Elements placed in the help aside. */
  markup: string;
  /** Script tags placed at the end of the body. */
  scripts: string;
}

const ITEMS = [
  ['Hiking boots', 'Size 41, brown', 1499],
  ['Wool socks, 3-pack', 'Grey', 249],
  ['Trekking poles', 'Carbon, pair', 899],
  ['Rain jacket', 'Size M, green', 1799],
] as const;

export function checkoutPage(assist: AssistSnippet | null): string {
  const items = ITEMS.map(
    ([name, detail, price], i) =>
      `<li class="item"><span class="thumb t${i}"></span><div><b>${name}</b><small>${detail}</small></div><span class="price" data-price="${price}">${price} kr</span></li>`,
  ).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checkout · Nordic Outdoor</title>
<link rel="stylesheet" href="/shop.css">
<script src="/shop.js" defer></script>
</head>
<body>
<header class="top"><a class="logo" href="/">Nordic Outdoor</a><nav><a href="/cart">Cart</a><a href="/account">Account</a></nav></header>
<main class="checkout">
  <section class="cart" aria-labelledby="cart-title">
    <h1 id="cart-title">Your order</h1>
    <ul class="items">${items}</ul>
    <p class="total">Total <span id="total"></span></p>
  </section>
  <section class="pay" aria-labelledby="pay-title">
    <h2 id="pay-title">Payment</h2>
    <form id="checkout-form">
      <label>Email <input name="email" type="email" autocomplete="email" value="astrid.lindqvist@example.se"></label>
      <label>Postcode <input name="postcode" autocomplete="postal-code" value="113 51"></label>
      <fieldset><legend>Pay with</legend>
        <label><input type="radio" name="method" value="pay_in_4" checked> Pay in 4, interest-free</label>
        <label><input type="radio" name="method" value="pay_in_30"> Pay in 30 days</label>
      </fieldset>
      <button id="pay" type="submit">Pay <span id="pay-amount"></span></button>
    </form>
  </section>
  <aside class="help" aria-labelledby="help-title">
    <h2 id="help-title">Questions?</h2>
    ${assist ? assist.markup : '<p>Call us on 08-465 004 00, weekdays 9–17.</p>'}
  </aside>
</main>
<footer class="foot"><p>Nordic Outdoor AB · Sveavägen 1 · 111 57 Stockholm</p></footer>
${assist ? assist.scripts : ''}
</body>
</html>
`;
}

export const SHOP_CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#f6f5f2}
.top{display:flex;justify-content:space-between;align-items:center;padding:16px 32px;background:#fff;border-bottom:1px solid #ddd}
.top nav a{margin-left:16px}.logo{font-weight:700;text-decoration:none;color:#0b3d2e}
.checkout{display:grid;grid-template-columns:2fr 1fr;gap:24px;max-width:1100px;margin:24px auto;padding:0 16px}
.cart,.pay,.help{background:#fff;border:1px solid #ddd;border-radius:8px;padding:16px 24px}
.help{grid-column:1 / -1}
.items{list-style:none;padding:0;margin:0}.item{display:flex;gap:12px;align-items:center;padding:8px 0;border-bottom:1px solid #eee}
.item div{flex:1;display:flex;flex-direction:column}.thumb{width:56px;height:56px;border-radius:6px;background:#cfd8d3}
.t1{background:#d9cbb4}.t2{background:#b9c7d6}.t3{background:#c4d6b9}
.total{text-align:right;font-weight:700}
form label{display:block;margin:8px 0}form input[type=email],form input:not([type]){width:100%;padding:8px;border:1px solid #aaa;border-radius:4px}
fieldset{border:1px solid #ddd;border-radius:4px;margin:12px 0}
#pay{width:100%;padding:12px;font-size:1.1em;border:0;border-radius:6px;background:#0b3d2e;color:#fff}
.foot{text-align:center;color:#666;padding:24px}
@media (max-width:800px){.checkout{grid-template-columns:1fr}}
`;

/** The merchant's own script: totals and a little form handling, so the page alone also runs script. */
export const SHOP_JS = `
(() => {
  const fmt = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' });
  let total = 0;
  for (const el of document.querySelectorAll('.price')) {
    const price = Number(el.dataset.price);
    total += price;
    el.textContent = fmt.format(price);
  }
  document.getElementById('total').textContent = fmt.format(total);
  document.getElementById('pay-amount').textContent = fmt.format(total / 4) + ' today';
  document.getElementById('checkout-form').addEventListener('submit', (event) => event.preventDefault());
})();
`;
