from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.agents.registry import AgentRegistry


def run(registry: "AgentRegistry") -> None:
    pass
