import { spawnSync } from 'child_process';
import path from 'path';
import { processLine } from '../../src/cli/triage';

/** The command line: one JSON line in, one JSON line out, same order, errors as lines, nothing else on stdout. */
describe('triage command line', () => {
  describe('one line', () => {
    it('triages a message', () => {
      const out = JSON.parse(processLine('{"id":"a1","text":"I want to kill myself"}').json) as { id: string; risk: string; reasons: unknown[] };
      expect(out.id).toBe('a1');
      expect(out.risk).toBe('active');
      expect(out.reasons.length).toBeGreaterThan(0);
    });

    it('passes context through', () => {
      expect(JSON.parse(processLine('{"id":2,"text":"yes","context":{"answerKind":"yes-no","aboutSelfHarm":true}}').json)).toEqual({ id: 2, risk: 'none', reasons: [] });
    });

    it('reads the earlier messages of the same conversation', () => {
      const line = '{"id":5,"text":"tonight.","context":{"earlier":["got the rope","it\'s in the truck"]}}';
      expect(JSON.parse(processLine(line).json)).toMatchObject({ id: 5, risk: 'imminent' });
      expect(JSON.parse(processLine('{"id":6,"text":"tonight."}').json)).toMatchObject({ id: 6, risk: 'none' });
    });

    it.each([
      ['{"id":"e","text":"hi","context":{"earlier":"got the rope"}}', 'e'],
      ['{"id":"t","text":"hi","context":{"asksForTime":"yes"}}', 't'],
      ['not json', null],
      ['[1,2,3]', null],
      ['{"id":"x"}', 'x'],
      ['{"id":"y","text":42}', 'y'],
      ['{"id":"z","text":"hi","context":{"answerKind":"maybe"}}', 'z'],
    ])('turns %s into an error line, never silence', (line, id) => {
      const result = processLine(line);
      expect(result.error).toBeDefined();
      const out = JSON.parse(result.json) as { id: unknown; error: string };
      expect(out.id).toBe(id);
      expect(typeof out.error).toBe('string');
    });
  });

  describe('the process', () => {
    const repoRoot = path.resolve(__dirname, '..', '..');
    const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
    const cli = path.join(repoRoot, 'src', 'cli', 'triage.ts');

    it('writes one line per record, in order, and only results on stdout', () => {
      const input = ['{"id":1,"text":"hello"}', 'broken', '', '{"id":3,"text":"esta noche me mato"}', '{"id":4,"text":"I\'m dying to know"}'].join('\n');
      const run = spawnSync(tsx, [cli], { input, encoding: 'utf8', cwd: repoRoot });
      const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; risk?: string; error?: string });
      expect(lines.map((l) => l.id)).toEqual([1, null, 3, 4]);
      expect(lines.map((l) => l.risk ?? 'error')).toEqual(['none', 'error', 'imminent', 'none']);
      expect(run.stderr).toContain('line 2');
      expect(run.status).toBe(1);
    });

    it('prints one result for --text', () => {
      const run = spawnSync(tsx, [cli, '--text', 'ojalá no despertara'], { encoding: 'utf8', cwd: repoRoot });
      expect(run.status).toBe(0);
      expect((JSON.parse(run.stdout) as { risk: string }).risk).toBe('passive');
    });
  });
});
