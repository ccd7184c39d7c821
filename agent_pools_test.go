package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestAgentPoolsMethods(t *testing.T) {
	t.Parallel()
	update := string(fixture(t, "agent_pools/getAgentPoolsUpdateInstance/example.scheduled_update.json"))
	settings := string(fixture(t, "agent_pools/getAgentPoolsUpdateSettings/example.settings.json"))
	pool := []string{"0oa/1"}
	poolUpdate := []string{"0oa/1", "upd 1"}
	const base = "/api/v1/agentPools/0oa%2F1/updates"
	const one = base + "/upd%201"
	calls := []apiCall{
		{
			name: "List",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AgentPools.List(ctx, &AgentPoolsListOptions{LimitPerPoolType: 10, PoolType: AgentTypeAD, After: "0oa0"})
			},
			method: http.MethodGet, path: "/api/v1/agentPools",
			query:    map[string]string{"limitPerPoolType": "10", "poolType": "AD", "after": "0oa0"},
			response: []byte(string(fixture(t, "agent_pools/listAgentPools/example.ad_pool.json"))),
			check: func(t *testing.T, got any) {
				ps := got.([]AgentPool)
				if len(ps) != 1 || ps[0].Type != AgentTypeAD || ps[0].OperationalStatus != OperationalStatusOperational ||
					ps[0].Agents[0].UpdateStatus != AgentUpdateInstanceStatusSuccess || *ps[0].Agents[0].IsHidden || ps[0].Extra["disruptedAgents"] == nil {
					t.Errorf("pools = %+v", ps)
				}
			},
		},
		{
			name: "ListUpdates", ids: pool,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AgentPools.ListAgentUpdates(ctx, ids[0], &AgentPoolsListAgentUpdatesOptions{Scheduled: new(false)})
			},
			method: http.MethodGet, path: base, query: map[string]string{"scheduled": "false"},
			response: []byte("[" + update + "]"),
		},
		{
			name: "CreateUpdate", ids: pool,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AgentPools.CreateAgentUpdate(ctx, ids[0], &AgentPoolUpdate{
					Name: "Nightly AD agent update", AgentType: AgentTypeAD, Agents: []Agent{{ID: "a531abcdefGHIJKLMNOP"}},
					Enabled: new(true), NotifyAdmin: new(false), TargetVersion: "3.18.0.0",
					Schedule: &AutoUpdateSchedule{Cron: "0 2 * * MON", Delay: new(0), Duration: new(240), Timezone: "America/Los_Angeles"},
				})
			},
			method: http.MethodPost, path: base, status: http.StatusCreated,
			body: `{"name": "Nightly AD agent update", "agentType": "AD", "agents": [{"id": "a531abcdefGHIJKLMNOP"}], "enabled": true,
				"notifyAdmin": false, "targetVersion": "3.18.0.0",
				"schedule": {"cron": "0 2 * * MON", "delay": 0, "duration": 240, "timezone": "America/Los_Angeles"}}`,
			response: []byte(update),
		},
		{
			name: "GetUpdateSettings", ids: pool,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AgentPools.GetAgentUpdateSettings(ctx, ids[0])
			},
			method: http.MethodGet, path: base + "/settings", response: []byte(settings),
			check: func(t *testing.T, got any) {
				if s := got.(*AgentPoolUpdateSetting); s.ReleaseChannel != ReleaseChannelGA || *s.ContinueOnError || s.LatestVersion != "3.18.0.0" {
					t.Errorf("settings = %+v", s)
				}
			},
		},
		{
			name: "UpdateUpdateSettings", ids: pool,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AgentPools.UpdateAgentUpdateSettings(ctx, ids[0], &AgentPoolUpdateSetting{ContinueOnError: new(false), ReleaseChannel: ReleaseChannelEA})
			},
			method: http.MethodPost, path: base + "/settings", status: http.StatusCreated,
			body: `{"continueOnError": false, "releaseChannel": "EA"}`, response: []byte(settings),
		},
		{
			name: "GetUpdate", ids: poolUpdate,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AgentPools.GetAgentUpdate(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: one, response: []byte(update),
			check: func(t *testing.T, got any) {
				u := got.(*AgentPoolUpdate)
				if u.Status != AgentUpdateJobStatusScheduled || *u.SortOrder != 0 || *u.Schedule.Delay != 0 || u.Schedule.LastUpdated.IsZero() || *u.NotifyAdmin {
					t.Errorf("update = %+v", u)
				}
			},
		},
		{
			name: "UpdateUpdate", ids: poolUpdate,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AgentPools.UpdateAgentUpdate(ctx, ids[0], ids[1], &AgentPoolUpdate{Name: "Weekly", NotifyAdmin: new(true)})
			},
			method: http.MethodPost, path: one, status: http.StatusCreated,
			body: `{"name": "Weekly", "notifyAdmin": true}`, response: []byte(update),
		},
		{
			name: "DeleteUpdate", ids: poolUpdate,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AgentPools.DeleteAgentUpdate(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: one, status: http.StatusNoContent,
		},
	}
	lifecycle := map[string]func(s *AgentPoolsService, ctx context.Context, poolID, updateID string) (*AgentPoolUpdate, *Response, error){
		"activate":   (*AgentPoolsService).ActivateAgentUpdate,
		"deactivate": (*AgentPoolsService).DeactivateAgentUpdate,
		"pause":      (*AgentPoolsService).PauseAgentUpdate,
		"resume":     (*AgentPoolsService).ResumeAgentUpdate,
		"retry":      (*AgentPoolsService).RetryAgentUpdate,
		"stop":       (*AgentPoolsService).StopAgentUpdate,
	}
	for action, method := range lifecycle {
		calls = append(calls, apiCall{
			name: action, ids: poolUpdate,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return method(c.AgentPools, ctx, ids[0], ids[1])
			},
			method: http.MethodPost, path: one + "/" + action, status: http.StatusCreated, response: []byte(update),
		})
	}
	runAPICalls(t, calls)
}

func TestAgentPoolsListIter(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListIter", path: "/api/v1/agentPools", query: map[string]string{"poolType": "LDAP", "limitPerPoolType": "2"},
		first: `[{"id": "0oa1"}, {"id": "0oa2"}]`, second: `[{"id": "0oa3"}]`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.AgentPools.ListIter(ctx, &AgentPoolsListOptions{PoolType: AgentTypeLDAP, LimitPerPoolType: 2}))
		},
	}})
}

func TestAgentPoolsRecorded(t *testing.T) {
	t.Parallel()
	checkRecordedPayloads(t, "agent_pools", map[string]func(*testing.T, []byte){
		"listAgentPools":                  func(t *testing.T, raw []byte) { assertRoundTrip[[]AgentPool](t, raw) },
		"listAgentPoolsUpdates":           func(t *testing.T, raw []byte) { assertRoundTrip[[]AgentPoolUpdate](t, raw) },
		"getAgentPoolsUpdateInstance":     func(t *testing.T, raw []byte) { assertRoundTrip[*AgentPoolUpdate](t, raw) },
		"getAgentPoolsUpdateSettings":     func(t *testing.T, raw []byte) { assertRoundTrip[*AgentPoolUpdateSetting](t, raw) },
		"requests/createAgentPoolsUpdate": func(t *testing.T, raw []byte) { assertRoundTrip[*AgentPoolUpdate](t, raw) },
	})
}

func TestAgentPoolsRecordedErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "agent_pools", []apiCall{
		{op: "createAgentPoolsUpdate",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AgentPools.CreateAgentUpdate(ctx, "invalid-pool-id-12345", &AgentPoolUpdate{Enabled: new(true)})
			}},
		{op: "getAgentPoolsUpdateSettings",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AgentPools.GetAgentUpdateSettings(ctx, "invalid-pool-id-12345")
			}},
		{op: "listAgentPools",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AgentPools.List(ctx, &AgentPoolsListOptions{PoolType: AgentTypeRadius, LimitPerPoolType: 5})
			}},
	})
}
