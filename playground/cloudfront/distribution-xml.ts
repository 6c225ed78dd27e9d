/** The Distribution and DistributionConfig documents the stand-in starts each distribution with. */
import type { DistributionRecord } from './wire.js';
import { type Child, el, Raw, root } from './xml.js';

/**
 * A plausible S3-origin web distribution around its stored DistributionConfig document (what
 * GetDistributionConfig answers, kept as the last UpdateDistribution sent it).
 */
export function distributionXml(
  dist: DistributionRecord,
  inProgressBatches: number,
  deployment: { status: string; lastModified: Date; configXml: string },
): string {
  const signers = (name: string): Raw => el(name, el('Enabled', false), el('Quantity', 0));
  const config = deployment.configXml
    .replace(/^<\?xml[^>]*\?>\s*/, '')
    .replace(/^<DistributionConfig[^>]*>/, '<DistributionConfig>');
  return root(
    'Distribution',
    el('Id', dist.id),
    el('ARN', `arn:aws:cloudfront::123456789012:distribution/${dist.id}`),
    el('Status', deployment.status),
    el('LastModifiedTime', deployment.lastModified.toISOString()),
    el('InProgressInvalidationBatches', inProgressBatches),
    el('DomainName', dist.domainName),
    signers('ActiveTrustedSigners'),
    signers('ActiveTrustedKeyGroups'),
    new Raw(config),
  );
}

/** The distribution's first DistributionConfig document, as GetDistributionConfig answers it. */
export function distributionConfigXml(dist: DistributionRecord): string {
  return root('DistributionConfig', ...configChildren(dist));
}

function configChildren(dist: DistributionRecord): Child[] {
  const originId = `origin-${dist.originDomain}`;
  const none = (name: string): Raw => el(name, el('Quantity', 0));
  const signers = (name: string): Raw => el(name, el('Enabled', false), el('Quantity', 0));
  return [
    el('CallerReference', `standin-${dist.id}`),
    none('Aliases'),
    el('DefaultRootObject', 'index.html'),
    el(
      'Origins',
      el('Quantity', 1),
      el(
        'Items',
        el(
          'Origin',
          el('Id', originId),
          el('DomainName', dist.originDomain),
          el('OriginPath', dist.originPath),
          none('CustomHeaders'),
          el('S3OriginConfig', el('OriginAccessIdentity', '')),
          el('ConnectionAttempts', 3),
          el('ConnectionTimeout', 10),
          el('OriginShield', el('Enabled', false)),
          el('OriginAccessControlId', ''),
        ),
      ),
    ),
    none('OriginGroups'),
    el(
      'DefaultCacheBehavior',
      el('TargetOriginId', originId),
      signers('TrustedSigners'),
      signers('TrustedKeyGroups'),
      el('ViewerProtocolPolicy', 'redirect-to-https'),
      el(
        'AllowedMethods',
        el('Quantity', 2),
        el('Items', el('Method', 'HEAD'), el('Method', 'GET')),
        el('CachedMethods', el('Quantity', 2), el('Items', el('Method', 'HEAD'), el('Method', 'GET'))),
      ),
      el('SmoothStreaming', false),
      el('Compress', true),
      none('LambdaFunctionAssociations'),
      dist.viewerRequestFunctionArn === undefined
        ? none('FunctionAssociations')
        : el(
            'FunctionAssociations',
            el('Quantity', 1),
            el(
              'Items',
              el(
                'FunctionAssociation',
                el('FunctionARN', dist.viewerRequestFunctionArn),
                el('EventType', 'viewer-request'),
              ),
            ),
          ),
      el('FieldLevelEncryptionId', ''),
      el('CachePolicyId', '658327ea-f89d-4fab-a63d-7e88639e58f6'),
    ),
    none('CacheBehaviors'),
    ...(dist.cacheTagHeader === undefined ? [] : [el('CacheTagConfig', el('HeaderName', dist.cacheTagHeader))]),
    none('CustomErrorResponses'),
    el('Comment', 'CloudFront stand-in'),
    el('Logging', el('Enabled', false), el('IncludeCookies', false), el('Bucket', ''), el('Prefix', '')),
    el('PriceClass', 'PriceClass_All'),
    el('Enabled', true),
    el(
      'ViewerCertificate',
      el('CloudFrontDefaultCertificate', true),
      el('SSLSupportMethod', 'vip'),
      el('MinimumProtocolVersion', 'TLSv1'),
      el('CertificateSource', 'cloudfront'),
    ),
    el('Restrictions', el('GeoRestriction', el('RestrictionType', 'none'), el('Quantity', 0))),
    el('WebACLId', ''),
    el('HttpVersion', 'http2'),
    el('IsIPV6Enabled', true),
    el('Staging', false),
  ];
}
