package okta

import (
	"context"
	"net/http"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// An enhanced dynamic zone as Okta's current description shapes it: asns and locations are objects of include
// and exclude lists, where a DYNAMIC zone has lists.
const enhancedZoneJSON = `{"id":"nzo2","name":"Enhanced","type":"DYNAMIC_V2","status":"ACTIVE","usage":"POLICY",` +
	`"asns":{"include":["23457"],"exclude":["64496"],"futureMember":1},` +
	`"locations":{"include":[{"country":"US","region":"US-CA"}],"exclude":[{"country":"AF"}]},` +
	`"ipServiceCategories":{"include":["ALL_ANONYMIZERS"]}}`

// TestNetworkZoneEnhancedMembers checks that the include and exclude lists of an enhanced dynamic zone are read
// and written typed through EnhancedASNs and EnhancedLocations, while the zone round-trips as Okta sent it, and
// that a DYNAMIC zone's lists stay in Asns and Locations.
func TestNetworkZoneEnhancedMembers(t *testing.T) {
	t.Parallel()
	wantASNs := &NetworkZoneASNs{Include: []string{"23457"}, Exclude: []string{"64496"}}
	wantLocations := &NetworkZoneLocations{
		Include: []NetworkZoneLocation{{Country: "US", Region: "US-CA"}},
		Exclude: []NetworkZoneLocation{{Country: "AF"}},
	}
	runAPICalls(t, []apiCall{
		{
			name: "Get DYNAMIC_V2", op: "getNetworkZone", ids: []string{"nzo2"}, method: http.MethodGet, path: "/api/v1/zones/nzo2",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.NetworkZones.Get(ctx, ids[0])
			},
			response: []byte(enhancedZoneJSON),
			check: func(t *testing.T, got any) {
				z := got.(*NetworkZone)
				if z.Asns != nil || z.Locations != nil {
					t.Errorf("Asns = %v, Locations = %v: an enhanced zone's objects do not fit the lists", z.Asns, z.Locations)
				}
				asns, err := z.EnhancedASNs()
				if err != nil {
					t.Fatal(err)
				}
				if diff := gocmp.Diff(wantASNs, asns, zonesIgnoreExtra); diff != "" {
					t.Errorf("EnhancedASNs (-want +got):\n%s", diff)
				}
				if _, ok := asns.Extra["futureMember"]; !ok {
					t.Errorf("EnhancedASNs lost the unknown member: %v", asns.Extra)
				}
				locations, err := z.EnhancedLocations()
				if err != nil {
					t.Fatal(err)
				}
				if diff := gocmp.Diff(wantLocations, locations, zonesIgnoreExtra); diff != "" {
					t.Errorf("EnhancedLocations (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "Get DYNAMIC", op: "getNetworkZone", ids: []string{"nzo1"}, method: http.MethodGet, path: "/api/v1/zones/nzo1",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.NetworkZones.Get(ctx, ids[0])
			},
			response: []byte(`{"id":"nzo1","name":"Dynamic","type":"DYNAMIC","asns":["23457"],"locations":[{"country":"US"}],"proxyType":"Any"}`),
			check: func(t *testing.T, got any) {
				z := got.(*NetworkZone)
				if len(z.Asns) != 1 || len(z.Locations) != 1 {
					t.Errorf("Asns = %v, Locations = %v, want one of each", z.Asns, z.Locations)
				}
				asns, err := z.EnhancedASNs()
				if err != nil || asns != nil {
					t.Errorf("EnhancedASNs of a DYNAMIC zone = %v, %v; want nil, nil", asns, err)
				}
				locations, err := z.EnhancedLocations()
				if err != nil || locations != nil {
					t.Errorf("EnhancedLocations of a DYNAMIC zone = %v, %v; want nil, nil", locations, err)
				}
			},
		},
		{
			name: "Create DYNAMIC_V2", op: "createNetworkZone", method: http.MethodPost, path: "/api/v1/zones",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				zone := &NetworkZone{Name: "Enhanced", Type: NetworkZoneTypeDynamicV2, Asns: []string{"dropped: V2 takes the object"}}
				if err := zone.SetEnhancedASNs(wantASNs); err != nil {
					return nil, nil, err
				}
				if err := zone.SetEnhancedLocations(wantLocations); err != nil {
					return nil, nil, err
				}
				return c.NetworkZones.Create(ctx, zone)
			},
			body: `{"name":"Enhanced","type":"DYNAMIC_V2","asns":{"include":["23457"],"exclude":["64496"]},` +
				`"locations":{"include":[{"country":"US","region":"US-CA"}],"exclude":[{"country":"AF"}]}}`,
			response: []byte(enhancedZoneJSON),
		},
	})
}

// TestNetworkZoneEnhancedMembersEdges covers null, removal and a member of the wrong shape.
func TestNetworkZoneEnhancedMembersEdges(t *testing.T) {
	t.Parallel()
	var z NetworkZone
	if err := z.UnmarshalJSON([]byte(`{"type":"DYNAMIC_V2","asns":null,"locations":"US"}`)); err != nil {
		t.Fatal(err)
	}
	if asns, err := z.EnhancedASNs(); asns != nil || err != nil {
		t.Errorf("EnhancedASNs of null = %v, %v; want nil, nil", asns, err)
	}
	if _, err := z.EnhancedLocations(); err == nil || !strings.Contains(err.Error(), "network zone's locations") {
		t.Errorf("EnhancedLocations of a string: error = %v, want one naming the member", err)
	}
	if err := z.SetEnhancedLocations(nil); err != nil {
		t.Fatal(err)
	}
	b, err := z.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"type":"DYNAMIC_V2","asns":null}`; got != want {
		t.Errorf("after SetEnhancedLocations(nil): %s, want %s", got, want)
	}
}
