/**
 * Generated from /api/v1/openapi.json by `npm run api:types`; do not edit.
 * A test fails when it no longer matches the live document.
 */

export interface paths {
    "/ai/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a draft with AI
         * @description Writes one task’s draft (`bio`, `link_titles`, `captions` for Bluesky, Mastodon, X and Instagram within each one’s length, `product_description`, `email_subjects`, `campaign_draft`, `course_outline`) as structured output validated against the task’s schema, after the request and then the answer passed the moderation check. Nothing is saved or published: use the draft in another call. Counts against the organization’s monthly token budget and per-minute limit. `source` is `standin` when a local stand-in answered instead of a model.
         */
        post: operations["aiGenerationsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This month’s AI usage
         * @description Tokens used this calendar month (UTC) against the organization’s budget, and whether AI is set up at all.
         */
        get: operations["aiUsageGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/breakdown/{dimension}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Totals by country, device, browser, OS or referrer
         * @description Views, visitors and clicks of the range grouped by one dimension, largest first (`limit` rows, default 50). Filter by `siteId` or `linkId`.
         */
        get: operations["analyticsBreakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/timeseries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Views, visitors, clicks and bots per day
         * @description Every day of the range is present (zero-filled). Ranges up to 366 days; default the last 30. Filter by `siteId` or `linkId`.
         */
        get: operations["analyticsTimeseries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/top-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Most clicked links (site link blocks and short links)
         * @description Clicks of the range per link, most clicked first (`limit`, default 10): link blocks of sites and short links alike. Filter by `siteId`.
         */
        get: operations["analyticsTopLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Product categories (a tree, listed flat)
         * @description Every category with its `parentId` (null at the top) and `position` among its siblings.
         */
        get: operations["categoriesList"];
        put?: never;
        /**
         * Create a product category
         * @description At the top, or under `parentId`; a taken slug answers 409.
         */
        post: operations["categoriesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a product category
         * @description Its subcategories move up to its parent; its products stay, outside it.
         */
        delete: operations["categoriesDelete"];
        options?: never;
        head?: never;
        /**
         * Rename or move a product category
         * @description Changes only the fields sent (at least one). Moving a category under itself or one of its subcategories answers 422.
         */
        patch: operations["categoriesUpdate"];
        trace?: never;
    };
    "/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Custom domains and their status
         * @description Custom domains of all sites of the organization, with their verification status.
         */
        get: operations["domainsList"];
        put?: never;
        /**
         * Add a custom domain to a site
         * @description Pending until verified; the answer carries the DNS records to create.
         */
        post: operations["domainsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A domain with its DNS instructions
         * @description `dnsRecords` lists the TXT record proving ownership and the CNAME routing traffic to the platform.
         */
        get: operations["domainsGet"];
        put?: never;
        post?: never;
        /**
         * Remove a custom domain
         * @description The site stops answering on that host at once; its other hosts are unaffected.
         */
        delete: operations["domainsDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the TXT record now
         * @description Looks up `_mewayz.<host>`; found → `verified` and the site is served there, else `failed` with `lastError`.
         */
        post: operations["domainsVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending invitations
         * @description Invitations not yet accepted, revoked or expired, newest first.
         */
        get: operations["invitationsList"];
        put?: never;
        /**
         * Invite someone by email
         * @description Mails a single-use link valid for 7 days. The role may not be above the caller’s own.
         */
        post: operations["invitationsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw an invitation
         * @description The emailed link stops working. An invitation to a role above your own cannot be withdrawn by you.
         */
        delete: operations["invitationsDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Short links, newest first
         * @description Short links of the organization, newest first.
         */
        get: operations["linksList"];
        put?: never;
        /**
         * Create a short link
         * @description Without `code` a random one is drawn; a taken custom code answers 409. Codes of deleted links stay reserved.
         */
        post: operations["linksCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a short link
         * @description A short link with its destination, schedule and options.
         */
        get: operations["linksGet"];
        put?: never;
        post?: never;
        /**
         * Delete a short link (it stops redirecting at once)
         * @description The short URL stops redirecting at once.
         */
        delete: operations["linksDelete"];
        options?: never;
        head?: never;
        /**
         * Change a short link’s destination or schedule
         * @description Changes only the fields sent (at least one); the short URL follows the change at once.
         */
        patch: operations["linksUpdate"];
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The token, its user and organization
         * @description Any valid token may call this. `effectiveScopes` is what the token can use right now.
         */
        get: operations["meGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members of the organization with their roles
         * @description Members with their email, name and role, oldest first.
         */
        get: operations["membersList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Their API tokens in this organization are revoked. The last super_admin/admin cannot be removed (409).
         */
        delete: operations["membersDelete"];
        options?: never;
        head?: never;
        /**
         * Change a member’s role
         * @description A member cannot grant a role above their own; the last super_admin/admin cannot be demoted (409).
         */
        patch: operations["membersUpdate"];
        trace?: never;
    };
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders, newest first
         * @description Orders with their items; filter by `status` and by the UTC days they were created (`from`, `to`, inclusive). A checkout that was never paid is a `cancelled` order.
         */
        get: operations["ordersList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an order
         * @description An order with its items and its timeline: every Stripe event and action that touched it.
         */
        get: operations["ordersGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{id}/fulfilment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an order fulfilled
         * @description A paid order was shipped or delivered: optionally with a tracking number and link. 409 `illegal_transition` for an order that is not paid (pending, cancelled, refunded, or already fulfilled).
         */
        post: operations["ordersFulfil"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund an order, in full or in part
         * @description Asks Stripe to refund `amount` (minor units; omit it to refund everything not refunded yet). The order’s status and `refundedTotal` change when Stripe confirms with its webhook; until then the timeline shows `refund.requested`. Sending the same request twice refunds once. 409 `not_refundable` for an order that is not paid; 422 for more than is left.
         */
        post: operations["ordersRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The token’s organization
         * @description The organization the calling token belongs to.
         */
        get: operations["organizationGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename the organization
         * @description Changes only the fields sent (at least one).
         */
        patch: operations["organizationUpdate"];
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Products, newest first
         * @description Products of the catalog with their variants, images and categories; filter by `active`, `kind` or `categoryId`.
         */
        get: operations["productsList"];
        put?: never;
        /**
         * Create a product
         * @description A digital download, a physical product or a pay-what-you-want product. Prices are integers of the currency’s smallest unit (1999 USD is $19.99, 500 JPY is ¥500). A taken slug or SKU answers 409.
         */
        post: operations["productsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product
         * @description A product with its variants, images and categories.
         */
        get: operations["productsGet"];
        put?: never;
        post?: never;
        /**
         * Delete a product (orders keep pointing at it)
         * @description The product and its variants leave the catalog; their slug and SKUs stay reserved.
         */
        delete: operations["productsDelete"];
        options?: never;
        head?: never;
        /**
         * Change a product
         * @description Changes only the fields sent (at least one). The kind is fixed: `stock` is for physical products, `download` for digital ones, `minPrice`/`suggestedPrice` for pay what you want; `categoryIds` replaces the list. A currency whose smallest unit differs (USD → JPY) needs the price restated, and is refused for a product with variants.
         */
        patch: operations["productsUpdate"];
        trace?: never;
    };
    "/products/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an image to a product (by its storage key)
         * @description Records an image already stored in R2 under `key`; images keep the order they were added in (at most 20).
         */
        post: operations["productImagesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/images/{imageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an image from a product
         * @description The image record is removed from the product.
         */
        delete: operations["productImagesDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a variant to a physical product
         * @description A variant has attributes (size, colour …), its own price (default: the product’s), stock and SKU. Only physical products have variants; the same attributes twice or a taken SKU answers 409.
         */
        post: operations["productVariantsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/variants/{variantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a variant (orders keep pointing at it)
         * @description The variant leaves the product; its SKU stays reserved.
         */
        delete: operations["productVariantsDelete"];
        options?: never;
        head?: never;
        /**
         * Change a variant (price, stock, SKU …)
         * @description Changes only the fields sent (at least one); `stock: null` stops tracking stock.
         */
        patch: operations["productVariantsUpdate"];
        trace?: never;
    };
    "/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sites, newest first
         * @description Sites of the organization, newest first.
         */
        get: operations["sitesList"];
        put?: never;
        /**
         * Create a site (a draft until published)
         * @description The slug becomes `<slug>.<root domain>` and is unique platform-wide (409 when taken).
         */
        post: operations["sitesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a site
         * @description The site's draft settings and whether it has unpublished changes.
         */
        get: operations["sitesGet"];
        put?: never;
        post?: never;
        /**
         * Delete a site (offline on every host at once)
         * @description Deletes the site and takes it offline on its subdomain and custom domains at once.
         */
        delete: operations["sitesDelete"];
        options?: never;
        head?: never;
        /**
         * Change a site’s draft
         * @description Changes only the fields sent (at least one) in the draft; visitors see them after the next publish.
         */
        patch: operations["sitesUpdate"];
        trace?: never;
    };
    "/sites/{id}/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A site’s blocks in page order
         * @description Every block of the draft, active or not, in the order the page shows them.
         */
        get: operations["blocksList"];
        put?: never;
        /**
         * Append a block
         * @description `type` selects the schema of `data`.
         */
        post: operations["blocksCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sites/{id}/blocks/{blockId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a block
         * @description Removes the block from the draft; the published page keeps it until the next publish.
         */
        delete: operations["blocksDelete"];
        options?: never;
        head?: never;
        /**
         * Change a block
         * @description Changes only the fields sent (at least one). `data` is checked against the block type's schema; URLs are stored normalised.
         */
        patch: operations["blocksUpdate"];
        trace?: never;
    };
    "/sites/{id}/blocks/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder all blocks at once
         * @description `blockIds` must name every block of the site exactly once.
         */
        put: operations["blocksReorder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sites/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the draft
         * @description Compiles a new version and serves it on every host of the site with the next request. No body.
         */
        post: operations["sitesPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API tokens of the organization (never their secrets)
         * @description Tokens with their prefix, scopes, expiry and last use; secrets are never shown again.
         */
        get: operations["tokensList"];
        put?: never;
        /**
         * Create a token (the secret is in this answer only)
         * @description The new token acts for the same user; its scopes must be among the calling token’s effective scopes.
         */
        post: operations["tokensCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a token
         * @description The token stops working with the next request. You may revoke your own tokens and those of members at or below your role.
         */
        delete: operations["tokensDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook endpoints, newest first
         * @description The organization’s webhook endpoints (never their secrets).
         */
        get: operations["webhooksList"];
        put?: never;
        /**
         * Add a webhook endpoint
         * @description The answer carries the signing secret (`whsec_…`), shown only now. Messages are signed the Standard Webhooks way: `webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. The URL must be a public https address.
         */
        post: operations["webhooksCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook endpoint
         * @description The endpoint’s settings and state (never its secret).
         */
        get: operations["webhooksGet"];
        put?: never;
        post?: never;
        /**
         * Remove a webhook endpoint
         * @description Nothing more is sent to it; deliveries still waiting are cancelled.
         */
        delete: operations["webhooksDelete"];
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint (URL, events, enabled)
         * @description Changes only the fields sent (at least one). Enabling an endpoint clears its failure streak.
         */
        patch: operations["webhooksUpdate"];
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint’s delivery log, newest first
         * @description Each delivery with its attempts, the last response status, a short excerpt of the answer and its duration.
         */
        get: operations["webhooksDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one delivery’s message again
         * @description A new delivery of the same message (same `webhook-id`), attempted at once. A disabled endpoint answers 409: enable it first.
         */
        post: operations["webhooksRedeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an endpoint’s signing secret
         * @description A new secret, shown only now. For 24 hours messages carry a signature with the old secret as well (two `v1,` entries in `webhook-signature`), so a receiver can switch without missing one.
         */
        post: operations["webhooksRotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event types an endpoint can subscribe to
         * @description Each type with what it means and what its `data` carries.
         */
        get: operations["webhooksEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddDomain: {
            /**
             * Format: hostname
             * @example links.example.com
             */
            hostname: string;
            /** @example site_01jd3v6w0m8x9y2z3a4b5c6d7e */
            siteId: string;
        };
        AiGeneration: {
            model: string;
            /** @description The task’s structured answer: the fields of that task’s schema. */
            output: {
                bio: string;
            } | {
                suggestions: string[];
            } | {
                bluesky: {
                    caption: string;
                    hashtags: string[];
                };
                instagram: {
                    caption: string;
                    hashtags: string[];
                };
                mastodon: {
                    caption: string;
                    hashtags: string[];
                };
                x: {
                    caption: string;
                    hashtags: string[];
                };
            } | {
                description: string;
                highlights: string[];
            } | {
                previewText: string;
                subjects: string[];
            } | {
                body: string;
                callToAction: string;
                previewText: string;
                subject: string;
            } | {
                modules: {
                    lessons: string[];
                    title: string;
                }[];
                summary: string;
                title: string;
            };
            /** @enum {string} */
            source: "provider" | "standin";
            /** @enum {string} */
            task: "bio" | "link_titles" | "captions" | "product_description" | "email_subjects" | "campaign_draft" | "course_outline";
            usage: {
                /**
                 * Format: int64
                 * @example 42
                 */
                completionTokens: number;
                /**
                 * Format: int64
                 * @example 42
                 */
                promptTokens: number;
                /**
                 * Format: int64
                 * @example 42
                 */
                totalTokens: number;
            };
        };
        AiGenerationRequest: {
            /** @description What the text is about, in the creator’s words. */
            brief: string;
            /** @description An existing text to rewrite rather than write from scratch. */
            current?: string;
            /** @enum {string} */
            task: "bio" | "link_titles" | "captions" | "product_description" | "email_subjects" | "campaign_draft" | "course_outline";
            /** @enum {string} */
            tone?: "friendly" | "professional" | "playful" | "bold";
        };
        AiUsage: {
            /**
             * Format: int64
             * @example 42
             */
            budget: number;
            configured: boolean;
            /** @example 2026-12 */
            month: string;
            /**
             * Format: int64
             * @example 42
             */
            remaining: number;
            /**
             * Format: int64
             * @example 42
             */
            requests: number;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            resetsAt: string;
            /**
             * Format: int64
             * @example 42
             */
            tokensUsed: number;
        };
        AnalyticsBreakdown: {
            /** @enum {string} */
            dimension: "country" | "device" | "browser" | "os" | "referrer";
            /**
             * Format: date
             * @example 2026-11-29
             */
            from: string;
            rows: {
                /**
                 * Format: int64
                 * @example 42
                 */
                clicks: number;
                value: string;
                /**
                 * Format: int64
                 * @example 42
                 */
                views: number;
                /**
                 * Format: int64
                 * @example 42
                 */
                visitors: number;
            }[];
            /**
             * Format: date
             * @example 2026-11-29
             */
            to: string;
        };
        AnalyticsTimeseries: {
            /**
             * Format: date
             * @example 2026-11-29
             */
            from: string;
            points: {
                /**
                 * Format: int64
                 * @example 42
                 */
                bots: number;
                /**
                 * Format: int64
                 * @example 42
                 */
                clicks: number;
                /**
                 * Format: date
                 * @example 2026-11-29
                 */
                day: string;
                /**
                 * Format: int64
                 * @example 42
                 */
                views: number;
                /**
                 * Format: int64
                 * @example 42
                 */
                visitors: number;
            }[];
            /**
             * Format: date
             * @example 2026-11-29
             */
            to: string;
            totals: {
                /**
                 * Format: int64
                 * @example 42
                 */
                bots: number;
                /**
                 * Format: int64
                 * @example 42
                 */
                clicks: number;
                /**
                 * Format: int64
                 * @example 42
                 */
                views: number;
                /**
                 * Format: int64
                 * @example 42
                 */
                visitors: number;
            };
        };
        AnalyticsTopLinks: {
            /**
             * Format: date
             * @example 2026-11-29
             */
            from: string;
            links: {
                /**
                 * Format: int64
                 * @example 42
                 */
                clicks: number;
                /** @enum {string} */
                kind: "short_link" | "block" | "unknown";
                linkId: string;
                siteId: string;
                title: string | null;
                /**
                 * Format: uri
                 * @example https://example.com/shop
                 */
                url: string | null;
            }[];
            /**
             * Format: date
             * @example 2026-11-29
             */
            to: string;
        };
        ApiToken: {
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            /** @example usr_01jd3v6w0m8x9y2z3a4b5c6d7e */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            expiresAt: string | null;
            /** @example tok_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            lastUsedAt: string | null;
            name: string;
            /** @example mwz_Ab12Cd34 */
            prefix: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            revokedAt: string | null;
            scopes: string[];
        };
        Block: {
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            /** @description The block’s content; its shape depends on `type` (see CreateBlock). */
            data: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            endsAt: string | null;
            featured: boolean;
            /** @example blk_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            /**
             * Format: int64
             * @example 42
             */
            position: number;
            sensitive: boolean;
            /** @example site_01jd3v6w0m8x9y2z3a4b5c6d7e */
            siteId: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            startsAt: string | null;
            /** @example link */
            type: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            updatedAt: string;
        };
        Category: {
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            /** @example cat_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            name: string;
            /** @example cat_01jd3v6w0m8x9y2z3a4b5c6d7e */
            parentId: string;
            /**
             * Format: int64
             * @example 42
             */
            position: number;
            slug: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            updatedAt: string;
        };
        CreateApiToken: {
            /** Format: date-time */
            expiresAt?: string;
            name: string;
            scopes: components["schemas"]["Scope"][];
        };
        CreateBlock: {
            /** @default true */
            active: boolean;
            data: {
                /**
                 * Format: uri
                 * @example https://example.com/image.png
                 */
                thumbnailUrl?: string;
                title: string;
                /**
                 * Format: uri
                 * @example https://example.com/shop
                 */
                url: string;
            };
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            endsAt: string | null;
            /** @default false */
            featured: boolean;
            /** @default false */
            sensitive: boolean;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            startsAt: string | null;
            /** @enum {string} */
            type: "link";
        } | {
            /** @default true */
            active: boolean;
            data: {
                text: string;
            };
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            endsAt: string | null;
            /** @default false */
            featured: boolean;
            /** @default false */
            sensitive: boolean;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            startsAt: string | null;
            /** @enum {string} */
            type: "header";
        } | {
            /** @default true */
            active: boolean;
            data: {
                markdown: string;
            };
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            endsAt: string | null;
            /** @default false */
            featured: boolean;
            /** @default false */
            sensitive: boolean;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            startsAt: string | null;
            /** @enum {string} */
            type: "text";
        } | {
            /** @default true */
            active: boolean;
            data: {
                links: {
                    /** @enum {string} */
                    network: "instagram" | "tiktok" | "youtube" | "x" | "facebook" | "linkedin" | "github" | "twitch" | "discord" | "spotify" | "soundcloud" | "pinterest" | "snapchat" | "threads" | "bluesky" | "mastodon" | "whatsapp" | "telegram" | "email" | "website";
                    /**
                     * Format: uri
                     * @example https://example.com/shop
                     */
                    url: string;
                }[];
            };
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            endsAt: string | null;
            /** @default false */
            featured: boolean;
            /** @default false */
            sensitive: boolean;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            startsAt: string | null;
            /** @enum {string} */
            type: "social";
        } | {
            /** @default true */
            active: boolean;
            data: {
                alt: string;
                /** Format: int32 */
                height: number;
                /**
                 * Format: uri
                 * @example https://example.com/shop
                 */
                href?: string;
                /**
                 * Format: uri
                 * @example https://example.com/image.png
                 */
                url: string;
                /** Format: int32 */
                width: number;
            };
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            endsAt: string | null;
            /** @default false */
            featured: boolean;
            /** @default false */
            sensitive: boolean;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            startsAt: string | null;
            /** @enum {string} */
            type: "image";
        } | {
            /** @default true */
            active: boolean;
            data: {
                /** @enum {string} */
                provider: "youtube" | "spotify" | "soundcloud" | "vimeo";
                title?: string;
                /**
                 * Format: uri
                 * @example https://example.com/image.png
                 */
                url: string;
            };
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            endsAt: string | null;
            /** @default false */
            featured: boolean;
            /** @default false */
            sensitive: boolean;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            startsAt: string | null;
            /** @enum {string} */
            type: "embed";
        } | {
            /** @default true */
            active: boolean;
            data: {
                /** @default Subscribe */
                buttonLabel: string;
                /** @default Thanks for subscribing! */
                successMessage: string;
                title: string;
            };
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            endsAt: string | null;
            /** @default false */
            featured: boolean;
            /** @default false */
            sensitive: boolean;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            startsAt: string | null;
            /** @enum {string} */
            type: "email_signup";
        } | {
            /** @default true */
            active: boolean;
            data: {
                /**
                 * Format: email
                 * @example alice@example.com
                 */
                email?: string;
                phone?: string;
                whatsapp?: string;
            };
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            endsAt: string | null;
            /** @default false */
            featured: boolean;
            /** @default false */
            sensitive: boolean;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            startsAt: string | null;
            /** @enum {string} */
            type: "contact";
        } | {
            /** @default true */
            active: boolean;
            data: Record<string, never>;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            endsAt: string | null;
            /** @default false */
            featured: boolean;
            /** @default false */
            sensitive: boolean;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            startsAt: string | null;
            /** @enum {string} */
            type: "divider";
        } | {
            /** @default true */
            active: boolean;
            data: {
                /**
                 * @default md
                 * @enum {string}
                 */
                size: "sm" | "md" | "lg";
            };
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            endsAt: string | null;
            /** @default false */
            featured: boolean;
            /** @default false */
            sensitive: boolean;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            startsAt: string | null;
            /** @enum {string} */
            type: "spacer";
        } | {
            /** @default true */
            active: boolean;
            data: {
                /** @example prod_01jd3v6w0m8x9y2z3a4b5c6d7e */
                productId: string;
            };
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            endsAt: string | null;
            /** @default false */
            featured: boolean;
            /** @default false */
            sensitive: boolean;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            startsAt: string | null;
            /** @enum {string} */
            type: "product";
        } | {
            /** @default true */
            active: boolean;
            data: {
                /** @example cat_01jd3v6w0m8x9y2z3a4b5c6d7e */
                categoryId?: string;
                /**
                 * @default grid
                 * @enum {string}
                 */
                layout: "grid" | "list";
                /**
                 * Format: int32
                 * @default 6
                 */
                limit: number;
            };
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            endsAt: string | null;
            /** @default false */
            featured: boolean;
            /** @default false */
            sensitive: boolean;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-01T09:00:00Z
             */
            startsAt: string | null;
            /** @enum {string} */
            type: "collection";
        };
        CreateCategory: {
            name: string;
            /** @example cat_01jd3v6w0m8x9y2z3a4b5c6d7e */
            parentId?: string;
            /** Format: int32 */
            position?: number;
            /** @example summer-tee */
            slug?: string;
        };
        CreatedApiToken: components["schemas"]["ApiToken"] & {
            /** @description Shown once; store it now. */
            secret: string;
        };
        CreateDigitalProduct: {
            /** @default true */
            active: boolean;
            /** @default [] */
            categoryIds: string[];
            /**
             * Format: int64
             * @example 1999
             */
            compareAtPrice?: number;
            /**
             * @example USD
             * @enum {string}
             */
            currency: "AED" | "AFN" | "ALL" | "AMD" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWG";
            /** @description Markdown, the safe subset of text blocks (emphasis, lists, links). */
            description?: string;
            download?: components["schemas"]["DownloadSettings"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "digital";
            name: string;
            /**
             * Format: int64
             * @example 1999
             */
            price: number;
            seo?: components["schemas"]["ProductSeo"];
            /** @example TEE-BLUE-M */
            sku?: string | null;
            /** @example summer-tee */
            slug?: string;
        };
        CreatedWebhookEndpoint: components["schemas"]["WebhookEndpoint"] & {
            /** @description The signing secret (Standard Webhooks): shown once, on creation and rotation; store it now. */
            secret: string;
        };
        CreateInvitation: {
            /**
             * Format: email
             * @example alice@example.com
             */
            email: string;
            role: components["schemas"]["Role"];
        };
        CreatePayWhatYouWantProduct: {
            /** @default true */
            active: boolean;
            /** @default [] */
            categoryIds: string[];
            /**
             * Format: int64
             * @example 1999
             */
            compareAtPrice?: number;
            /**
             * @example USD
             * @enum {string}
             */
            currency: "AED" | "AFN" | "ALL" | "AMD" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWG";
            /** @description Markdown, the safe subset of text blocks (emphasis, lists, links). */
            description?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "pay_what_you_want";
            /**
             * Format: int64
             * @example 1999
             */
            minPrice?: number;
            name: string;
            seo?: components["schemas"]["ProductSeo"];
            /** @example TEE-BLUE-M */
            sku?: string | null;
            /** @example summer-tee */
            slug?: string;
            /**
             * Format: int64
             * @example 1999
             */
            suggestedPrice?: number;
        };
        CreatePhysicalProduct: {
            /** @default true */
            active: boolean;
            /** @default [] */
            categoryIds: string[];
            /**
             * Format: int64
             * @example 1999
             */
            compareAtPrice?: number;
            /**
             * @example USD
             * @enum {string}
             */
            currency: "AED" | "AFN" | "ALL" | "AMD" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWG";
            /** @description Markdown, the safe subset of text blocks (emphasis, lists, links). */
            description?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "physical";
            name: string;
            /**
             * Format: int64
             * @example 1999
             */
            price: number;
            seo?: components["schemas"]["ProductSeo"];
            /** @example TEE-BLUE-M */
            sku?: string | null;
            /** @example summer-tee */
            slug?: string;
            /**
             * Format: int32
             * @example 12
             */
            stock?: number;
        };
        CreateProduct: components["schemas"]["CreatePhysicalProduct"] | components["schemas"]["CreateDigitalProduct"] | components["schemas"]["CreatePayWhatYouWantProduct"];
        CreateProductImage: {
            alt?: string;
            /** @example products/tee/front.jpg */
            key: string;
        };
        CreateShortLink: {
            /** @default true */
            active: boolean;
            /** @example spring-sale */
            code?: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            expiresAt?: string;
            /**
             * Format: uri
             * @example https://example.com/image.png
             */
            fallbackUrl?: string;
            /** @default true */
            passQuery: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            startsAt?: string;
            title?: string;
            /**
             * Format: uri
             * @example https://example.com/shop
             */
            url: string;
        };
        CreateSite: {
            /**
             * Format: uri
             * @example https://example.com/image.png
             */
            avatarUrl?: string;
            bio?: string;
            name: string;
            seo?: components["schemas"]["Seo"];
            settings?: components["schemas"]["SiteSettings"];
            /** @example alice */
            slug: string;
            theme?: components["schemas"]["Theme"];
        };
        CreateVariant: {
            /**
             * @example {
             *       "size": "M",
             *       "colour": "Blue"
             *     }
             */
            attributes: {
                [key: string]: string;
            };
            /**
             * Format: int64
             * @example 1999
             */
            compareAtPrice?: number;
            name?: string;
            /**
             * Format: int64
             * @description Defaults to the product’s price.
             * @example 1999
             */
            price?: number;
            /** @example TEE-BLUE-M */
            sku?: string | null;
            /**
             * Format: int32
             * @example 12
             */
            stock?: number;
        };
        CreateWebhookEndpoint: {
            description?: string;
            /** @default true */
            enabled: boolean;
            eventTypes: components["schemas"]["WebhookEventType"][];
            /**
             * Format: uri
             * @example https://example.com/image.png
             */
            url: string;
        };
        Domain: {
            certificate: {
                records: {
                    /**
                     * Format: hostname
                     * @example links.example.com
                     */
                    name: string;
                    /** @enum {string} */
                    type: "TXT" | "CNAME";
                    value: string;
                }[];
                status: string | null;
            } | null;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            dnsRecords: {
                /**
                 * Format: hostname
                 * @example links.example.com
                 */
                name: string;
                /** @enum {string} */
                type: "TXT" | "CNAME";
                value: string;
            }[];
            /**
             * Format: hostname
             * @example links.example.com
             */
            hostname: string;
            /** @example dom_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            lastCheckedAt: string | null;
            lastError: string | null;
            /** @example site_01jd3v6w0m8x9y2z3a4b5c6d7e */
            siteId: string;
            /** @enum {string} */
            status: "pending" | "verified" | "failed";
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            verifiedAt: string | null;
        };
        /**
         * @description A digital product’s file and how its expiring signed links are handed out.
         * @default {
         *       "fileKey": null,
         *       "downloadLimit": 5,
         *       "linkExpiryHours": 72
         *     }
         */
        DownloadSettings: {
            /**
             * Format: int32
             * @default 5
             */
            downloadLimit: number;
            /**
             * @default null
             * @example products/tee/front.jpg
             */
            fileKey: string | null;
            /**
             * Format: int32
             * @default 72
             */
            linkExpiryHours: number;
        };
        Error: {
            error: {
                /** @example validation_failed */
                code: string;
                details: {
                    code?: string;
                    /** @example Enter a web address, like example.com/page */
                    message: string;
                    /** @example data.url */
                    path: string;
                }[];
            };
            /** @example Request completed successfully. */
            message: string;
            meta: components["schemas"]["Meta"];
            /** @enum {boolean} */
            success: false;
        };
        FulfilOrder: {
            trackingNumber?: string;
            /**
             * Format: uri
             * @example https://example.com/image.png
             */
            trackingUrl?: string;
        };
        Invitation: {
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: email
             * @example alice@example.com
             */
            email: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            expiresAt: string;
            /** @example inv_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            /** @example usr_01jd3v6w0m8x9y2z3a4b5c6d7e */
            invitedBy: string;
            role: components["schemas"]["Role"];
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
        };
        Me: {
            organization: components["schemas"]["Organization"];
            role: components["schemas"]["Role"];
            token: {
                /** @description The token’s scopes cut down to what its creator’s role allows now. */
                effectiveScopes: string[];
                /** @example tok_01jd3v6w0m8x9y2z3a4b5c6d7e */
                id: string;
                prefix: string;
                scopes: string[];
            };
            user: {
                /**
                 * Format: email
                 * @example alice@example.com
                 */
                email: string;
                /** @example usr_01jd3v6w0m8x9y2z3a4b5c6d7e */
                id: string;
                name: string;
            };
        };
        Member: {
            /**
             * Format: email
             * @example alice@example.com
             */
            email: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            joinedAt: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @example usr_01jd3v6w0m8x9y2z3a4b5c6d7e */
            userId: string;
        };
        Meta: {
            pagination?: components["schemas"]["PaginationMeta"];
            /** @example req_01jd3v6w0m8x9y2z3a4b5c6d7e */
            request_id: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            timestamp: string;
        };
        Order: {
            /**
             * Format: email
             * @example alice@example.com
             */
            buyerEmail: string | null;
            buyerName: string | null;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            cancelledAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            /** @example USD */
            currency: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            fulfilledAt: string | null;
            /** @example ord_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            items: components["schemas"]["OrderItem"][];
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            paidAt: string | null;
            /**
             * Format: int64
             * @example 1999
             */
            platformFee: number;
            /**
             * Format: int64
             * @example 1999
             */
            refundedTotal: number;
            shippingAddress: components["schemas"]["PostalAddress"];
            /**
             * Format: int64
             * @example 1999
             */
            shippingTotal: number;
            /** @example site_01jd3v6w0m8x9y2z3a4b5c6d7e */
            siteId: string;
            status: components["schemas"]["OrderStatus"];
            /**
             * Format: int64
             * @example 1999
             */
            subtotal: number;
            /**
             * Format: int64
             * @example 1999
             */
            taxTotal: number;
            /**
             * Format: int64
             * @example 1999
             */
            total: number;
            trackingNumber: string | null;
            /**
             * Format: uri
             * @example https://example.com/shop
             */
            trackingUrl: string | null;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            updatedAt: string;
        };
        OrderDetail: components["schemas"]["Order"] & {
            events: components["schemas"]["OrderEvent"][];
        };
        OrderEvent: {
            /**
             * Format: int64
             * @example 1999
             */
            amount: number | null;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            /** @example oevt_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            message: string | null;
            status: components["schemas"]["OrderStatus"];
            stripeEventId: string | null;
            type: string;
        };
        OrderItem: {
            /** @example oitm_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            /** @enum {string} */
            kind: "digital" | "physical" | "pay_what_you_want";
            name: string;
            /** @example prod_01jd3v6w0m8x9y2z3a4b5c6d7e */
            productId: string;
            /**
             * Format: int64
             * @example 42
             */
            quantity: number;
            sku: string | null;
            /**
             * Format: int64
             * @example 1999
             */
            total: number;
            /**
             * Format: int64
             * @example 1999
             */
            unitPrice: number;
            /** @example var_01jd3v6w0m8x9y2z3a4b5c6d7e */
            variantId: string;
            variantName: string | null;
        };
        /** @enum {string} */
        OrderStatus: "pending" | "paid" | "fulfilled" | "partially_refunded" | "refunded" | "disputed" | "cancelled";
        Organization: {
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            /** @example org_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            name: string;
            /** @example alice-rivera-studio */
            slug: string;
        };
        PaginationMeta: {
            /** Format: int32 */
            current_page: number;
            /** Format: int32 */
            per_page: number;
            /**
             * Format: int64
             * @example 42
             */
            total: number;
            /**
             * Format: int64
             * @example 42
             */
            total_pages: number;
        };
        PostalAddress: {
            city: string | null;
            country: string | null;
            line1: string | null;
            line2: string | null;
            name: string | null;
            postalCode: string | null;
            state: string | null;
        } | null;
        Product: {
            active: boolean;
            categoryIds: string[];
            /**
             * Format: int64
             * @example 1999
             */
            compareAtPrice: number | null;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            /** @example USD */
            currency: string;
            description: string;
            download: {
                /** Format: int32 */
                downloadLimit: number;
                fileKey: string | null;
                /** Format: int32 */
                linkExpiryHours: number;
            } | null;
            /** @example prod_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            images: components["schemas"]["ProductImage"][];
            inStock: boolean;
            /** @enum {string} */
            kind: "digital" | "physical" | "pay_what_you_want";
            name: string;
            payWhatYouWant: {
                /**
                 * Format: int64
                 * @example 1999
                 */
                minPrice: number;
                /**
                 * Format: int64
                 * @example 1999
                 */
                suggestedPrice: number | null;
            } | null;
            /**
             * Format: int64
             * @description For pay what you want: the minimum.
             * @example 1999
             */
            price: number;
            seo: components["schemas"]["ProductSeo"];
            sku: string | null;
            slug: string;
            /**
             * Format: int32
             * @description Physical products without variants; null: not tracked.
             */
            stock: number | null;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            updatedAt: string;
            variants: components["schemas"]["Variant"][];
        };
        ProductImage: {
            alt: string | null;
            /** @example pimg_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            key: string;
            /**
             * Format: int64
             * @example 42
             */
            position: number;
            /** @example prod_01jd3v6w0m8x9y2z3a4b5c6d7e */
            productId: string;
        };
        ProductSeo: {
            description?: string;
            /** @default false */
            noindex: boolean;
            title?: string;
        };
        PublishedSite: components["schemas"]["Site"] & {
            hosts: string[];
        };
        RefundOrder: {
            /**
             * Format: int64
             * @description Minor units; omit to refund everything not yet refunded.
             */
            amount?: number;
            reason?: string;
        };
        ReorderBlocks: {
            blockIds: string[];
        };
        /** @enum {string} */
        Role: "super_admin" | "admin" | "manager" | "editor" | "viewer" | "user";
        /** @enum {string} */
        Scope: "organization:write" | "members:read" | "members:write" | "sites:read" | "sites:write" | "links:read" | "links:write" | "domains:read" | "domains:write" | "analytics:read" | "tokens:read" | "tokens:write" | "webhooks:read" | "webhooks:write" | "commerce:read" | "commerce:write" | "ai:read" | "ai:write";
        Seo: {
            description?: string;
            /**
             * Format: uri
             * @example https://example.com/image.png
             */
            faviconUrl?: string;
            /** @default false */
            noindex: boolean;
            /**
             * Format: uri
             * @example https://example.com/image.png
             */
            ogImageUrl?: string;
            title?: string;
        };
        ShortLink: {
            active: boolean;
            /** @example spring-sale */
            code: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: hostname
             * @example links.example.com
             */
            domain: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            expiresAt: string | null;
            /**
             * Format: uri
             * @example https://example.com/shop
             */
            fallbackUrl: string | null;
            /** @example lnk_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            passQuery: boolean;
            /**
             * Format: uri
             * @example https://example.com/shop
             */
            shortUrl: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            startsAt: string | null;
            title: string | null;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            updatedAt: string;
            /**
             * Format: uri
             * @example https://example.com/shop
             */
            url: string;
        };
        Site: {
            /**
             * Format: uri
             * @example https://example.com/shop
             */
            avatarUrl: string | null;
            bio: string | null;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            hasUnpublishedChanges: boolean;
            /** @example site_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            name: string;
            published: boolean;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            publishedAt: string | null;
            /**
             * Format: int64
             * @example 42
             */
            publishedVersion: number;
            seo: components["schemas"]["Seo"];
            settings: components["schemas"]["SiteSettings"];
            /** @example alice */
            slug: string;
            theme: components["schemas"]["Theme"];
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            updatedAt: string;
            /**
             * Format: uri
             * @example https://example.com/shop
             */
            url: string;
        };
        SiteSettings: {
            /** @default true */
            passQuery: boolean;
            /** @default false */
            sensitive: boolean;
        };
        Theme: {
            /**
             * @default rounded
             * @enum {string}
             */
            buttonShape: "square" | "rounded" | "pill";
            /** @default {} */
            colors: {
                /** @example #1a2b3c */
                accent?: string;
                /** @example #1a2b3c */
                background?: string;
                /** @example #1a2b3c */
                buttonBackground?: string;
                /** @example #1a2b3c */
                buttonText?: string;
                /** @example #1a2b3c */
                text?: string;
            };
            /**
             * @default auto
             * @enum {string}
             */
            colorScheme: "auto" | "light" | "dark";
            /**
             * @default system-sans
             * @enum {string}
             */
            font: "system-sans" | "system-serif" | "system-mono" | "system-rounded";
            /**
             * @default minimal
             * @enum {string}
             */
            preset: "minimal" | "midnight" | "sunset" | "forest" | "ocean" | "candy" | "mono" | "paper";
        };
        UpdateBlock: {
            active?: boolean;
            data?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            endsAt?: string | null;
            featured?: boolean;
            sensitive?: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            startsAt?: string | null;
        };
        UpdateCategory: {
            name?: string;
            /** @example cat_01jd3v6w0m8x9y2z3a4b5c6d7e */
            parentId?: string;
            /** Format: int32 */
            position?: number;
            /** @example summer-tee */
            slug?: string;
        };
        UpdateMember: {
            role: components["schemas"]["Role"];
        };
        UpdateOrganization: {
            name?: string;
        };
        UpdateProduct: {
            active?: boolean;
            categoryIds?: string[];
            /**
             * Format: int64
             * @example 1999
             */
            compareAtPrice?: number;
            /**
             * @example USD
             * @enum {string}
             */
            currency?: "AED" | "AFN" | "ALL" | "AMD" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWG";
            /** @description Markdown, the safe subset of text blocks (emphasis, lists, links). */
            description?: string;
            download?: {
                /**
                 * Format: int32
                 * @default 5
                 */
                downloadLimit: number;
                /**
                 * @default null
                 * @example products/tee/front.jpg
                 */
                fileKey: string | null;
                /**
                 * Format: int32
                 * @default 72
                 */
                linkExpiryHours: number;
            };
            /**
             * Format: int64
             * @example 1999
             */
            minPrice?: number;
            name?: string;
            /**
             * Format: int64
             * @example 1999
             */
            price?: number;
            seo?: components["schemas"]["ProductSeo"];
            /** @example TEE-BLUE-M */
            sku?: string | null;
            /** @example summer-tee */
            slug?: string;
            /**
             * Format: int32
             * @example 12
             */
            stock?: number;
            /**
             * Format: int64
             * @example 1999
             */
            suggestedPrice?: number;
        };
        UpdateShortLink: {
            active?: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            expiresAt?: string | null;
            /**
             * Format: uri
             * @example https://example.com/image.png
             */
            fallbackUrl?: string | null;
            passQuery?: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            startsAt?: string | null;
            title?: string | null;
            /**
             * Format: uri
             * @example https://example.com/shop
             */
            url?: string;
        };
        UpdateSite: {
            /**
             * Format: uri
             * @example https://example.com/image.png
             */
            avatarUrl?: string | null;
            bio?: string | null;
            name?: string;
            seo?: components["schemas"]["Seo"];
            settings?: components["schemas"]["SiteSettings"];
            theme?: components["schemas"]["Theme"];
        };
        UpdateVariant: {
            /**
             * @example {
             *       "size": "M",
             *       "colour": "Blue"
             *     }
             */
            attributes?: {
                [key: string]: string;
            };
            /**
             * Format: int64
             * @example 1999
             */
            compareAtPrice?: number;
            name?: string;
            /** Format: int32 */
            position?: number;
            /**
             * Format: int64
             * @example 1999
             */
            price?: number;
            /** @example TEE-BLUE-M */
            sku?: string | null;
            /**
             * Format: int32
             * @example 12
             */
            stock?: number;
        };
        UpdateWebhookEndpoint: {
            description?: string | null;
            enabled?: boolean;
            eventTypes?: components["schemas"]["WebhookEventType"][];
            /**
             * Format: uri
             * @example https://example.com/image.png
             */
            url?: string;
        };
        Variant: {
            attributes: {
                [key: string]: string;
            };
            /**
             * Format: int64
             * @example 1999
             */
            compareAtPrice: number | null;
            /** @example var_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            inStock: boolean;
            name: string;
            /**
             * Format: int64
             * @example 42
             */
            position: number;
            /**
             * Format: int64
             * @example 1999
             */
            price: number;
            /** @example prod_01jd3v6w0m8x9y2z3a4b5c6d7e */
            productId: string;
            sku: string | null;
            /** Format: int32 */
            stock: number | null;
        };
        WebhookDelivery: {
            /** Format: int32 */
            attempts: number;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            /** Format: int32 */
            durationMs: number | null;
            /** @example whk_01jd3v6w0m8x9y2z3a4b5c6d7e */
            endpointId: string;
            error: string | null;
            eventType: components["schemas"]["WebhookEventType"];
            /** @example dlv_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            lastAttemptAt: string | null;
            /**
             * @description The `webhook-id` header it carries.
             * @example msg_01jd3v6w0m8x9y2z3a4b5c6d7e
             */
            messageId: string;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            nextAttemptAt: string | null;
            /** @example dlv_01jd3v6w0m8x9y2z3a4b5c6d7e */
            redeliveryOf: string;
            /** @description The first 500 characters. */
            responseExcerpt: string | null;
            /** Format: int32 */
            responseStatus: number | null;
            /** @enum {string} */
            status: "pending" | "sending" | "succeeded" | "failed" | "cancelled";
        };
        WebhookEndpoint: {
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            createdAt: string;
            description: string | null;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            disabledAt: string | null;
            /**
             * @description `failing`: every attempt failed for the whole retry schedule (~1 day).
             * @enum {string|null}
             */
            disabledReason: "manual" | "failing" | null;
            enabled: boolean;
            eventTypes: components["schemas"]["WebhookEventType"][];
            /** @example whk_01jd3v6w0m8x9y2z3a4b5c6d7e */
            id: string;
            /**
             * Format: date-time
             * @description After a rotation, the old secret also signs until this instant.
             * @example 2026-11-29T10:30:00.000Z
             */
            previousSecretExpiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-29T10:30:00.000Z
             */
            updatedAt: string;
            /**
             * Format: uri
             * @example https://example.com/shop
             */
            url: string;
        };
        /** @enum {string} */
        WebhookEventType: "site.published" | "link.created" | "link.updated" | "link.deleted" | "contact.created" | "form.submitted" | "member.joined" | "order.paid" | "order.refunded" | "order.fulfilled";
        WebhookEventTypeInfo: {
            description: string;
            type: components["schemas"]["WebhookEventType"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    aiGenerationsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AiGenerationRequest"];
            };
        };
        responses: {
            /** @description The draft */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AiGeneration"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description AI is not set up on this deployment (`ai_not_configured`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed (`validation_failed`), the model declined (`ai_refused`) or the content check flagged the request or the answer (`ai_input_flagged`, `ai_output_flagged`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The AI provider failed, timed out or answered malformed output (`ai_provider_unavailable`, `ai_provider_timeout`, `ai_invalid_output`); try again. */
            424: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`, `ai_rate_limited`, `ai_provider_busy`) or the month’s AI budget is used up (`ai_budget_exhausted`, until the 1st); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying (up to the next month for a spent budget). */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    aiUsageGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The month’s usage */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AiUsage"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    analyticsBreakdown: {
        parameters: {
            query?: {
                /** @description First day (UTC), inclusive; default 29 days before `to`. */
                from?: string;
                limit?: number;
                linkId?: string;
                siteId?: string;
                /** @description Last day (UTC), inclusive; default today. */
                to?: string;
            };
            header?: never;
            path: {
                dimension: "country" | "device" | "browser" | "os" | "referrer";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The breakdown */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AnalyticsBreakdown"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    analyticsTimeseries: {
        parameters: {
            query?: {
                /** @description First day (UTC), inclusive; default 29 days before `to`. */
                from?: string;
                linkId?: string;
                siteId?: string;
                /** @description Last day (UTC), inclusive; default today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AnalyticsTimeseries"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    analyticsTopLinks: {
        parameters: {
            query?: {
                /** @description First day (UTC), inclusive; default 29 days before `to`. */
                from?: string;
                limit?: number;
                siteId?: string;
                /** @description Last day (UTC), inclusive; default today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AnalyticsTopLinks"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    categoriesList: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of categories */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Category"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    categoriesCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategory"];
            };
        };
        responses: {
            /** @description The category */
            201: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Category"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    categoriesDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: null;
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    categoriesUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCategory"];
            };
        };
        responses: {
            /** @description The category */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Category"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domainsList: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of domains */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Domain"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domainsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDomain"];
            };
        };
        responses: {
            /** @description The domain */
            201: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Domain"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domainsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Domain"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domainsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: null;
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domainsVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain after the check */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Domain"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    invitationsList: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pending invitations */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invitation"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    invitationsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitation"];
            };
        };
        responses: {
            /** @description The invitation */
            201: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invitation"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    invitationsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: null;
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    linksList: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of short links */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ShortLink"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    linksCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShortLink"];
            };
        };
        responses: {
            /** @description The short link */
            201: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ShortLink"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    linksGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The short link */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ShortLink"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    linksDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: null;
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    linksUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateShortLink"];
            };
        };
        responses: {
            /** @description The short link */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ShortLink"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who is calling */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Me"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    membersList: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Member"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    membersDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: null;
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    membersUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMember"];
            };
        };
        responses: {
            /** @description The member */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Member"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ordersList: {
        parameters: {
            query?: {
                /** @description Orders created on or after this day (UTC). */
                from?: string;
                page?: number;
                per_page?: number;
                status?: components["schemas"]["OrderStatus"];
                /** @description Orders created on or before this day (UTC). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Order"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ordersGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OrderDetail"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ordersFulfil: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FulfilOrder"];
            };
        };
        responses: {
            /** @description The order, fulfilled */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OrderDetail"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ordersRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundOrder"];
            };
        };
        responses: {
            /** @description The order, with the refund requested */
            202: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OrderDetail"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizationGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizationUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganization"];
            };
        };
        responses: {
            /** @description The updated organization */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    productsList: {
        parameters: {
            query?: {
                /** @description Only active (or inactive) products. */
                active?: "true" | "false";
                categoryId?: string;
                kind?: "digital" | "physical" | "pay_what_you_want";
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Product"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    productsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProduct"];
            };
        };
        responses: {
            /** @description The product */
            201: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Product"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    productsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Product"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    productsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: null;
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    productsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProduct"];
            };
        };
        responses: {
            /** @description The product */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Product"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    productImagesCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductImage"];
            };
        };
        responses: {
            /** @description The image */
            201: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProductImage"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    productImagesDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                imageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: null;
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    productVariantsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVariant"];
            };
        };
        responses: {
            /** @description The variant */
            201: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Variant"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    productVariantsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                variantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: null;
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    productVariantsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                variantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVariant"];
            };
        };
        responses: {
            /** @description The variant */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Variant"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sitesList: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sites */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Site"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sitesCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSite"];
            };
        };
        responses: {
            /** @description The new site */
            201: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Site"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sitesGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Site"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sitesDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: null;
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sitesUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSite"];
            };
        };
        responses: {
            /** @description The site */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Site"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    blocksList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The blocks */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Block"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    blocksCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBlock"];
            };
        };
        responses: {
            /** @description The new block */
            201: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Block"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    blocksDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blockId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: null;
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    blocksUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blockId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBlock"];
            };
        };
        responses: {
            /** @description The block */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Block"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    blocksReorder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReorderBlocks"];
            };
        };
        responses: {
            /** @description The blocks in their new order */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Block"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sitesPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published site and its hosts */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PublishedSite"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tokensList: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tokens */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiToken"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tokensCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiToken"];
            };
        };
        responses: {
            /** @description The token with its secret */
            201: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreatedApiToken"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tokensDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked token */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiToken"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooksList: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooksCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpoint"];
            };
        };
        responses: {
            /** @description The endpoint, with its secret */
            201: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreatedWebhookEndpoint"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooksGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooksDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: null;
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooksUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpoint"];
            };
        };
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooksDeliveries: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookDelivery"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooksRedeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new delivery, queued */
            202: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookDelivery"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooksRotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint, with its new secret */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreatedWebhookEndpoint"];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooksEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event types */
            200: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEventTypeInfo"][];
                        /** @example Request completed successfully. */
                        message: string;
                        meta: components["schemas"]["Meta"];
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Invalid JSON (`invalid_json`). */
            400: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, invalid, expired or revoked token (`unauthorized`, `invalid_token`). */
            401: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the scope, or its creator’s role lacks the permission (`forbidden`). */
            403: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource in this organization, or a malformed id (`not_found`). */
            404: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed. */
            406: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mewayz.error+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`). */
            409: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 64 KiB (`payload_too_large`). */
            413: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body not application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed; `error.details` lists each problem (`validation_failed`). */
            422: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited (`rate_limited`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (`internal_error`); quote `meta.request_id` to support. */
            500: {
                headers: {
                    /** @description Any origin may call the API: it authenticates by bearer token only, never by cookie. */
                    "Access-Control-Allow-Origin"?: "*";
                    /** @description Requests allowed in the current 60-second window (the most restrictive limit that applies). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    /** @description The request id, as in `meta.request_id`. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
