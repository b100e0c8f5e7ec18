import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseShard } from './commands/scan';
import { buildProgram } from './program';

const FILE = join(import.meta.dirname, '..', '..', '..', 'deploy', 'kubernetes', 'scan-indexed-job.yaml');

describe('the Kubernetes Indexed Job in deploy/kubernetes', () => {
  const document = parseDocument(readFileSync(FILE, 'utf8'), {
    prettyErrors: true,
    strict: true,
    uniqueKeys: true,
  });
  const job = document.toJS() as {
    apiVersion: string;
    kind: string;
    spec: {
      completionMode: string;
      completions: number;
      parallelism: number;
      template: { spec: { restartPolicy: string; containers: Array<{ args: string[] }> } };
    };
  };

  it('is well-formed YAML describing an Indexed batch/v1 Job', () => {
    expect(document.errors).toEqual([]);
    expect(document.warnings).toEqual([]);
    expect(job.apiVersion).toBe('batch/v1');
    expect(job.kind).toBe('Job');
    expect(job.spec.completionMode).toBe('Indexed');
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
  });

  it('gives each completion index its own shard of as many as there are completions, resumable', () => {
    const command = job.spec.template.spec.containers[0]?.args.join(' ') ?? '';
    const shard = /--shard "\$JOB_COMPLETION_INDEX\/(\d+)"/.exec(command);
    expect(shard?.[1]).toBe(String(job.spec.completions));
    for (let index = 0; index < job.spec.completions; index++)
      expect(parseShard(`${index}/${shard?.[1]}`)).toEqual({ index, count: job.spec.completions });
    expect(command).toContain('--output "/results/shard-$JOB_COMPLETION_INDEX.ndjson" --resume');
  });

  it('passes only options the scan command has', () => {
    const command = job.spec.template.spec.containers[0]?.args.join(' ') ?? '';
    const scan = buildProgram({}).commands.find((entry) => entry.name() === 'scan');
    const known = new Set(scan?.options.map((option) => option.long));
    const used = command.slice(command.indexOf(' scan ')).match(/--[a-z-]+/g) ?? [];
    expect(used.filter((flag) => !known.has(flag))).toEqual([]);
    expect(used.length).toBeGreaterThan(3);
  });
});
