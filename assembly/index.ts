export { gemm, gemmScratchBytes } from './gemm';

/** First byte of linear memory free for the host's allocator. */
export function heapBase(): usize {
  return __heap_base;
}
