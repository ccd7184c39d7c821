package okta

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// DisasterRecoveryService starts the failover and failback of an org's domains to and from Okta's disaster
// recovery region, and reports where each domain is (an Early Access feature). Reach it as
// client.DisasterRecovery.
//
// Okta serves these operations from the org's disaster recovery host, https://drapp.<subdomain>.okta.com, not
// from the org itself, and authorizes them with OAuth 2.0 access tokens only (scopes okta.dr.read and
// okta.dr.manage). The service sends its requests there, with the client's credentials, retries and rate
// limits: the host is derived from an org URL on one of Okta's domains (https://example.okta.com gives
// https://drapp.example.okta.com), or set with WithDisasterRecoveryURL. With neither (a custom domain, a fake
// org, a test server), the requests go to the org URL.
type DisasterRecoveryService service

// StartFailover fails over the domains req names to the disaster recovery region, or every domain of the org
// when req is nil or names none.
//
//okta:operation startOrgFailover POST /api/v1/dr/failover
func (s *DisasterRecoveryService) StartFailover(ctx context.Context, req *StartDRRequest) (*DRResults, *Response, error) {
	return send[*DRResults](ctx, s.client, newDRRequest(http.MethodPost, "/api/v1/dr/failover").withBody(req))
}

// StartFailback fails the domains req names back from the disaster recovery region, or every domain of the org
// when req is nil or names none.
//
//okta:operation startOrgFailback POST /api/v1/dr/failback
func (s *DisasterRecoveryService) StartFailback(ctx context.Context, req *StartDRRequest) (*DRResults, *Response, error) {
	return send[*DRResults](ctx, s.client, newDRRequest(http.MethodPost, "/api/v1/dr/failback").withBody(req))
}

// ListStatuses returns whether each domain of the org is failed over, unwrapped from Okta's {"status": [...]}.
// Okta may link a next page; ListStatusesIter follows it.
//
//okta:operation getDRStatus GET /api/v1/dr/status
func (s *DisasterRecoveryService) ListStatuses(ctx context.Context) ([]DRStatus, *Response, error) {
	return sendItems(ctx, s.client, newDRRequest(http.MethodGet, "/api/v1/dr/status"), drStatusPage)
}

// ListStatusesIter returns an iterator over the disaster recovery status of every domain of the org, fetching
// pages as it goes.
func (s *DisasterRecoveryService) ListStatusesIter(ctx context.Context) *Iterator[DRStatus] {
	return newEnvelopeIterator(ctx, s.client, newDRRequest(http.MethodGet, "/api/v1/dr/status"), drStatusPage)
}

// GetStatus retrieves whether domain, the org's Okta domain or one of its custom domains, is failed over.
//
//okta:operation getDRStatusForDomain GET /api/v1/dr/status/{domain}
func (s *DisasterRecoveryService) GetStatus(ctx context.Context, domain string) (*DRStatus, *Response, error) {
	statuses, resp, err := sendItems(ctx, s.client, newDRRequest(http.MethodGet, "/api/v1/dr/status/{domain}", domain), drStatusPage)
	if err != nil {
		return nil, resp, err
	}
	if len(statuses) != 1 {
		return nil, resp, fmt.Errorf("okta: GET /api/v1/dr/status/%s: the answer holds %d statuses, want 1", domain, len(statuses))
	}
	return &statuses[0], resp, nil
}

// newDRRequest is newRequest for the disaster recovery host.
func newDRRequest(method, tmpl string, ids ...string) *request {
	r := newRequest(method, tmpl, ids...)
	r.dr = true
	return r
}

// oktaDomains are the domains Okta serves orgs from; an org URL on one of them names its disaster recovery
// host.
var oktaDomains = []string{"okta.com", "oktapreview.com", "okta-emea.com", "okta-gov.com", "okta.mil"}

// disasterRecoveryURL returns the disaster recovery host of the org: the one WithDisasterRecoveryURL set,
// drapp.<subdomain>.<domain> for an org URL <subdomain>.<domain> on one of oktaDomains, or else the org URL.
func disasterRecoveryURL(s *settings, org *url.URL) (*url.URL, error) {
	if s.drURL != "" {
		u, err := parseOrgURL(s.drURL, s.insecure)
		if err != nil {
			return nil, fmt.Errorf("okta: WithDisasterRecoveryURL: %s", strings.TrimPrefix(err.Error(), "okta: "))
		}
		return u, nil
	}
	host := org.Hostname()
	for _, domain := range oktaDomains {
		sub, ok := strings.CutSuffix(host, "."+domain)
		if ok && sub != "" && !strings.Contains(sub, ".") {
			dr := *org
			dr.Host = "drapp." + org.Host
			return &dr, nil
		}
	}
	return org, nil
}

func drStatusPage(p *drStatusList) ([]DRStatus, Links) { return p.Status, p.Links }

// drStatusList is the envelope of the disaster recovery statuses.
type drStatusList struct {
	Status []DRStatus `json:"status"`
	Links  Links      `json:"_links,omitzero"`
}

// StartDRRequest is the body of DisasterRecoveryService.StartFailover and StartFailback: the domains to
// fail over or back. Okta takes no body, or an empty one, to mean every domain.
type StartDRRequest struct {
	Domains []string `json:"domains,omitzero"`
	Extra   Extra    `json:"-"`
}

// DRResults is Okta's answer to a failover or failback: one result per domain.
type DRResults struct {
	Results []DRResult `json:"results,omitzero"`
	Extra   Extra      `json:"-"`
}

// DRResult is the outcome of a failover or failback of one domain.
type DRResult struct {
	Domain string `json:"domain,omitzero"`
	// Message says how it went ("Failover was successful").
	Message string `json:"message,omitzero"`
	Extra   Extra  `json:"-"`
}

// DRStatus says whether a domain of the org is failed over to the disaster recovery region.
type DRStatus struct {
	Domain       string `json:"domain,omitzero"`
	IsFailedOver bool   `json:"isFailedOver,omitzero"`
	Extra        Extra  `json:"-"`
}
