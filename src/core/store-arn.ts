/** The one check of a CloudFront KeyValueStore ARN, as the store's endpoint rules read it. */

export interface StoreArn {
  readonly arn: string;
  /** The 12-digit account: the store's data-plane endpoint is <account>.cloudfront-kvs.global.api.aws. */
  readonly account: string;
  readonly id: string;
}

const EXAMPLE = 'arn:aws:cloudfront::123456789012:key-value-store/0123abcd-4567-89ef-0123-456789abcdef';

/** Throws the reason value is not a KeyValueStore ARN; the caller names where it came from. */
export function parseStoreArn(value: string): StoreArn {
  const [prefix, partition, service, region, account, resource, ...rest] = value.split(':');
  const fail = (why: string): never => {
    throw new Error(`"${value}" is not a CloudFront KeyValueStore ARN: ${why} (expected e.g. ${EXAMPLE})`);
  };
  if (prefix !== 'arn' || resource === undefined || rest.length > 0)
    fail('not of the form arn:aws:cloudfront::<account>:key-value-store/<id>');
  if (partition !== 'aws') fail(`the KeyValueStore is only in the aws partition, not "${partition}"`);
  if (service !== 'cloudfront') fail(`the service must be cloudfront, not "${service}"`);
  if (region !== '') fail(`a KeyValueStore is global: the region must be empty, not "${region}"`);
  if (!/^\d{12}$/.test(account ?? '')) fail(`the account must be 12 digits, not "${account}"`);
  const [type, id, ...more] = (resource ?? '').split('/');
  if (type !== 'key-value-store' || id === undefined || id === '' || more.length > 0) {
    fail('the resource must be key-value-store/<id>');
  }
  return { arn: value, account: account ?? '', id: id ?? '' };
}
