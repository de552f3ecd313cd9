/** Where a model lives in JetStream: its log stream and subject, its KV buckets and its core subjects. */
export interface ClusterNames {
  stream: string;
  subject: string;
  bucket: string; // checkpoint pointer, checkpoint parts, model version
  leaseBucket: string; // the leader lease (bucket-level TTL: 2.9 ignores per-key TTL)
  steps: string; // core NATS: the leader's step events
  control: string; // core NATS request/reply: controls carried out by the leader
  clients: string; // core NATS request/reply: what the leader has taken of a client
}

export function clusterNames(model: string): ClusterNames {
  return {
    stream: `NNSTREAM_${model}`,
    subject: `nnstream.${model}.log`,
    bucket: `nnstream-${model}`,
    leaseBucket: `nnstream-${model}-lease`,
    steps: `nnstream.${model}.steps`,
    control: `nnstream.${model}.control`,
    clients: `nnstream.${model}.clients`,
  };
}
