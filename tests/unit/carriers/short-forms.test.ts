import { describe, expect, it } from 'vitest';
import { readShortForm, type ShortFormReading } from '@/lib/carriers/short-forms';

/** Reads the first occurrence of `form` in `text`. */
function read(text: string, form: string): ShortFormReading {
  const start = text.indexOf(form);
  if (start < 0) throw new Error(`${form} is not in ${text}`);
  return readShortForm(text, start, start + form.length);
}

describe('readShortForm', () => {
  it.each([
    ['a card', '办了张联通卡当副号', '联通'],
    ['its users', '电信用户出国前要开通漫游', '电信'],
    ['its plan after 的', '移动的套餐涨价了', '移动'],
    ['its plan after 嘅', '移動嘅月費計劃', '移動'],
    ['three carriers', '移动、联通、电信三家', '电信'],
    ['its shop', '电信营业厅开的发票', '电信'],
    ['its signal, traditional', '聯通信號比較差', '聯通'],
    ['its numbers', '广电号段是192', '广电'],
    ['the company people call it', '移动公司的客服态度很差', '移动'],
    ['the company, complained to', '我打电话给联通公司投诉', '联通'],
    ['a number that is on it', '老家的号是移动的', '移动'],
    ['a switch to it', '上个月换成电信了', '电信'],
  ])('reads a carrier before or after %s', (_label, text, form) => {
    expect(read(text, form)).toBe('carrier');
  });

  it.each([
    ['mobile payment', '移动支付很普及', '移动'],
    ['a portable disk', '移动硬盘里的照片', '移动'],
    ['the mobile end of a site', '移动端页面', '移动'],
    ['a mobile network', '打开移动网络', '移动'],
    ['mobile data', '关掉移动数据', '移动'],
    ['telecom fraud', '电信诈骗的套路', '电信'],
    ['telecom networks', '电信网络的原理', '电信'],
    ['telecom operators', '各国电信运营商', '电信'],
    ['a telecom company', '向電信公司申請停話', '電信'],
    ['connectivity', '网络联通性测试', '联通'],
    ['the broadcasting regulator', '广电总局发布规定', '广电'],
    ['a compound before a carrier word', '移动端用户', '移动'],
    ['the subscriber identity', 'SIM卡存储了IMSI（国际移动用户识别码）', '移动'],
    ['the telecommunication union', '国际电信联盟的标准', '电信'],
  ])('reads an ordinary word in %s', (_label, text, form) => {
    expect(read(text, form)).toBe('word');
  });

  it.each([
    ['a comparison', '流量比移动便宜', '移动'],
    ['a list', '移动、联通、电信三家', '移动'],
    ['a move', '把沙发往左边移动一点', '移动'],
    ['an electrical signal', '把电信号转成数字', '电信'],
  ])('leaves the reading open in %s', (_label, text, form) => {
    expect(read(text, form)).toBe('open');
  });
});
