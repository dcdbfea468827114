// A plausible shortcut: `request.sampleRows || 10`, so a sample size of 0 falls
// back to the default and the story shows rows it was asked not to show.
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
  const results = await tools.run({ connection: 'out', path: request.path, max_sample_rows: request.sampleRows || 10, formats: ['json'] });
  const story = JSON.parse(await tools.readText(results.storyPath!)) as { nodeResults: Array<{ name: string; rowsOut?: number }> };
  return story.nodeResults.find((n) => n.name === request.node)!.rowsOut!;
}
