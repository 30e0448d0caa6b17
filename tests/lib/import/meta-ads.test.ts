/**
 * Meta Ads Manager: amount spent, results or purchases, purchase conversion value; the summary row
 * skipped; money only in the client's own currency.
 */
import { describe, expect, it } from 'vitest';
import { planImport, type ImportRequest } from '../../../src/lib/import/plan.ts';
import { utf8 } from './bytes.ts';
import { acmeRequest, importFailure } from './requests.ts';

function plan(text: string, options: Partial<ImportRequest> = {}) {
  return planImport({
    file: 'Campaigns.csv',
    bytes: utf8(text),
    ...acmeRequest({}, { currency: 'EUR' }),
    platform: 'facebook',
    ...options,
  });
}

const RESULTS = 'Reporting starts,Reporting ends,Campaign name,Results,Result indicator,Amount spent (EUR),Impressions\n';

describe('Meta Ads Manager', () => {
  it('counts as conversions only the results of conversion objectives, and skips the summary row', () => {
    const result = plan(
      `${RESULTS}2025-03-01,2025-03-31,,,,30.00,3000\n` +
        '2025-03-01,2025-03-31,Beans,4,actions:offsite_conversion.fb_pixel_purchase,20.00,2000\n' +
        '2025-03-01,2025-03-31,Traffic,40,actions:link_click,10.00,1000\n',
    );
    expect(result.files[0]!.text).toBe('platform,impressions,conversions,spend\nfacebook,3000,4,30\n');
    expect(result.skipped).toEqual([{ line: 2, reason: 'a summary of the other rows (it names no campaign, ad set or ad)' }]);
    expect(result.mapped).toContainEqual({ source: 'Results (of conversion objectives, by "Result indicator")', metric: 'conversions' });
  });

  it("refuses an export in another currency than the client's", () => {
    const error = importFailure(() => plan('Reporting starts,Reporting ends,Campaign name,Amount spent (USD)\n2025-03-01,2025-03-31,Beans,20.00\n'));
    expect(error.message).toBe(
      'Campaigns.csv (Meta Ads Manager: ads report) is in USD ("Amount spent (USD)"), but acme\'s currency is EUR (clients/acme/client.yaml); Rolebook does not convert currencies: export the report in EUR (the ad account\'s currency), or correct currency in client.yaml if it is wrong',
    );
  });

  it('refuses a row that covers more than one month', () => {
    const error = importFailure(() => plan(`${RESULTS}2025-03-01,2025-04-30,Beans,4,purchase,20.00,2000\n`));
    expect(error.message).toBe(
      'Campaigns.csv reports line 2 over 2025-03-01 to 2025-04-30, more than one month, and a total cannot be split into months: export it again broken down by month or by day (Ads Manager: Breakdown → By time), or one month at a time',
    );
  });

  it('asks for the platform, which an ads report does not say', () => {
    const error = importFailure(() => plan(`${RESULTS}2025-03-01,2025-03-31,Beans,4,purchase,20.00,2000\n`, { platform: undefined }));
    expect(error.kind).toBe('usage');
    expect(error.message).toMatch(
      /^Campaigns\.csv is a Meta Ads Manager: ads report, which does not say its platform: pass --platform facebook or --platform instagram/,
    );
  });
});
