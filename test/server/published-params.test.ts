import { describe, expect, it } from 'vitest';
import { Learner } from '../../src/core/learner.js';
import { matrix } from '../../src/core/matrix.js';
import { Publisher, Subscriber, createPublished } from '../../src/server/published-params.js';

describe('published parameters', () => {
  it('carry the input and target statistics of a standardized regression, so the replica predicts in the target units', () => {
    const learner = Learner.create({ inputs: 2, hidden: [3], activation: 'tanh', task: 'regression', learningRate: 0.05, standardize: true, seed: 4 });
    const replica = Learner.fromModel(learner.toModel());
    const buffers = createPublished(learner);
    const X = matrix(2, 4, Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8));
    for (let k = 0; k < 5; k++) learner.learnMany(X, [1e5, 2e5, 3e5 + k, 4e5]);
    new Publisher(buffers).publish(learner);
    expect(new Subscriber(buffers).copyInto(replica)).toBe(5);
    expect(replica.targetNormalizer!.getState()).toEqual(learner.targetNormalizer!.getState());
    expect(replica.normalizer!.getState()).toEqual(learner.normalizer!.getState());
    expect(Array.from(replica.predictMany(X).data)).toEqual(Array.from(learner.predictMany(X).data));
  });
});
