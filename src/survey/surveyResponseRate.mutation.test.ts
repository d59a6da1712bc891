// Tests written from a Stryker run on src/survey/: the texts of surveyResponseRate's errors.
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { engagementIndex, surveyResponseRate } from '../index.js';

describe('surveyResponseRate error texts', () => {
  const metric = 'surveyResponseRate';

  test('say the bound, computed from the counts', () => {
    const over = expectMetricError(
      () =>
        surveyResponseRate({
          responses: 1,
          surveysSent: 10,
          undeliverable: 11,
        }),
      {
        metric,
        code: 'INCONSISTENT',
        field: 'counts.undeliverable',
      }
    );
    expect(over.expected).toBe('at most surveysSent (10)');
    // 10 sent − 4 undeliverable = 6 delivered; 7 responses is one too many.
    const many = expectMetricError(() => surveyResponseRate({ responses: 7, surveysSent: 10, undeliverable: 4 }), {
      metric,
      code: 'INCONSISTENT',
      field: 'counts.responses',
    });
    expect(many.expected).toBe('at most the delivered invitations (surveysSent − undeliverable = 6)');
    const none = expectMetricError(() => surveyResponseRate({ responses: 0, surveysSent: 3, undeliverable: 3 }), {
      metric,
      code: 'EMPTY',
      field: 'counts.surveysSent',
    });
    expect(none.expected).toBe('at least one delivered invitation');
  });
});

describe('engagementIndex method error text', () => {
  test('lists the two methods', () => {
    const error = expectMetricError(() => engagementIndex([3], { method: 'mean' as never }), {
      metric: 'engagementIndex',
      code: 'UNKNOWN_VALUE',
      field: 'options.method',
    });
    expect(error.expected).toBe('"percentOfMaximumPossible" or "percentFavourable"');
  });
});
