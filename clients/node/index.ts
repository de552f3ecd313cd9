export { NnstreamClient } from './client.js';
export type { ClientEvents, ClientOptions, ClientState, ClientStats } from './options.js';
export type { BackoffOptions } from './backoff.js';
export type { CsvSendOptions, CsvSendSummary } from './csv.js';
export { NnstreamError, isNnstreamError, type ClientErrorCode } from './errors.js';
export type {
  Ack, Alert, ControlAction, ControlResult, CostReport, ModelInfo, ParameterSnapshot, Prediction, RecentSamples,
  SubscribeCallbacks, SubscribeOptions,
} from './messages.js';
export type { SendResult } from './outbox.js';
export type { LabelledSample, SampleMatrix, Samples } from './samples.js';
export type { PlainRecord } from './records.js';
