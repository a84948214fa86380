import { describe, expect, it } from 'vitest';
import { type GuardName, guardedSpan, rejectionReason, runRejection } from '@/lib/phone/guards';

/** The span is marked with ⟦ ⟧ in the table; the markers are removed before checking. */
function spanOf(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('⟦');
  const end = marked.indexOf('⟧') - 1;
  return { text: marked.replace('⟦', '').replace('⟧', ''), start, end };
}

describe('rejectionReason', () => {
  it.each<[string, GuardName]>([
    ['updated ⟦2024-05-13⟧', 'date'],
    ['valid until ⟦13.05.2024⟧', 'date'],
    ['due ⟦5/13/2025⟧', 'date'],
    ['⟦2025⟧年5月13日', 'date'],
    ['Updated ⟦20240513⟧', 'date'],
    ['from ⟦2880 2688⟧:30 on', 'time'],
    ['⟦2019-2024⟧', 'yearRange'],
    ['HK$ ⟦2880 2688⟧', 'price'],
    ['⟦1380 0000⟧ 元', 'price'],
    ['⟦2880 2688⟧%', 'percentage'],
    ['⟦116.4074⟧, 39.9042', 'decimal'],
    ['3.⟦14159265358⟧', 'decimal'],
    ['⟦192.168.10.100⟧', 'ipAddress'],
    ['v⟦2.13.4⟧', 'version'],
    ['ISBN ⟦978-7-111-54742-6⟧', 'isbn'],
    ['DE89 ⟦3704 0044 0532 0130 00⟧', 'iban'],
    ['⟦4111 1111 1111 1111⟧', 'card'],
    ['订单号：⟦13800138000⟧', 'identifier'],
    ['Order # ⟦2125550123⟧', 'identifier'],
    ['QQ号 ⟦28802688⟧', 'identifier'],
    ['微信号：⟦13800138000⟧', 'identifier'],
    ['P.IVA ⟦01234567890⟧', 'identifier'],
    ['Ihre Kundennummer: ⟦4711081520⟧', 'identifier'],
    ['No. resi: ⟦081234567890⟧', 'identifier'],
    ['学号：⟦2021010123⟧', 'identifier'],
    ['Заказ № ⟦9261234567⟧', 'identifier'],
    ['หมายเลขคำสั่งซื้อ ⟦0812345678⟧', 'identifier'],
    ['see https://wa.me/⟦8613800138000⟧', 'url'],
    ['⟦13800138000⟧@163.com', 'email'],
    ['ref ⟦8613800138000123⟧', 'identifier'],
    ['⟦8613800138000123⟧', 'bareDigits'],
  ])('rejects %s as %s', (marked, reason) => {
    const { text, start, end } = spanOf(marked);
    expect(rejectionReason(text, start, end)).toBe(reason);
  });

  it.each([
    ['电话：⟦13800138000⟧'],
    ['手机/微信：⟦13800138000⟧'],
    ['订单问题请致电 ⟦400-810-8888⟧'],
    ['Portable : ⟦06.12.34.56.78⟧'],
    ['tel:⟦+1-212-555-0123⟧'],
    ['Tel. ⟦20240513⟧'],
    ['香港储值卡号码：⟦+852 5432 1098⟧'],
    ['收不到验证码的话，把号码写成 ⟦+1-917-432-0143⟧'],
  ])('keeps %s', (marked) => {
    const { text, start, end } = spanOf(marked);
    expect(rejectionReason(text, start, end)).toBeNull();
  });
});

describe('runRejection', () => {
  it.each<[string, GuardName | null]>([
    ['⟦2024.05.13 - 2024.05.20⟧', 'date'],
    ['⟦192.168.10.100⟧', 'ipAddress'],
    ['⟦4111-1111-1111-1111⟧', 'card'],
    ['⟦2024-05-13 13800138000⟧', null],
    ['Tel ⟦+852 2880 2688⟧', null],
  ])('judges the whole run %s → %s', (marked, reason) => {
    const { text, start, end } = spanOf(marked);
    expect(runRejection(guardedSpan(text, start, end))).toBe(reason);
  });
});
