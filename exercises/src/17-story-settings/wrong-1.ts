// A plausible wrong answer: keeps the project's usual folder and sample size
// (stories, 10 rows) instead of what was asked; the fact is right.
export interface StoryRequest {
  path: string;
  sampleRows: number;
  node: string;
}

export interface StoryBlock {
  connection: string;
  path: string;
  max_sample_rows: number;
  formats: Array<'md' | 'html' | 'json'>;
}

export interface StoryTools {
  run(story: StoryBlock): Promise<{ status: string; storyPath?: string }>;
  readText(file: string): Promise<string>;
}

export async function storyFact(request: StoryRequest, tools: StoryTools): Promise<number> {
  const results = await tools.run({ connection: 'out', path: 'stories', max_sample_rows: 10, formats: ['json'] });
  const story = JSON.parse(await tools.readText(results.storyPath!)) as { nodeResults: Array<{ name: string; rowsOut?: number }> };
  return story.nodeResults.find((n) => n.name === request.node)!.rowsOut!;
}
