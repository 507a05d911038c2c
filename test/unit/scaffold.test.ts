import { describe, expect, it } from 'vitest';
import { documentId, personId, studioId, textId } from '../../src/lib/scaffold.ts';

describe('proposed ids', () => {
  it('writes names in pinyin, surname first', () => {
    expect(personId('赵鹏达')).toBe('zhao-pengda');
    expect(personId('马丽')).toBe('ma-li');
  });
  it('names a studio after its leader, or after its topic', () => {
    expect(studioId('赵鹏达劳模创新工作室')).toBe('zhao-pengda');
    expect(studioId('韩东劳模和工匠人才创新工作室')).toBe('han-dong');
    expect(studioId('量子导航创新工作室')).toBe('liang-zi-dao-hang');
  });
  it('names a document after its number', () => {
    expect(documentId('锦工发〔2021〕31号')).toBe('jgf-2021-31');
    expect(documentId('辽工发〔2024〕21号')).toBe('lgf-2024-21');
  });
  it('keeps English words', () => {
    expect(textId('QC小组 wins gold')).toBe('qc-xiao-zu-wins-gold');
  });
});
